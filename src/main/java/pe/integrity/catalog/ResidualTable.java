package pe.integrity.catalog;

import java.util.List;

/**
 * A scheme's control table as a matrix: for each inherent level (highest first) and each control rating
 * (in the scheme's order), the residual level.
 */
public record ResidualTable(String schemeCode, List<ControlRating> ratings, List<Row> rows) {

    public ResidualTable {
        ratings = List.copyOf(ratings);
        rows = List.copyOf(rows);
    }

    /** @param residuals one per rating, in the order of {@link ResidualTable#ratings()} */
    public record Row(RiskLevel inherent, List<RiskLevel> residuals) {
        public Row {
            residuals = List.copyOf(residuals);
        }
    }
}
