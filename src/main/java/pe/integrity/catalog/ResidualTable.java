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

    /**
     * Whether a risk of this inherent level and control rating falls in the cell of {@code row} and the
     * {@code column}-th rating (a risk not yet rated falls in none): the one counting rule of the residual map.
     */
    public boolean holds(Row row, int column, String inherentLevel, String controlRating) {
        return row.inherent().code().equals(inherentLevel) && ratings.get(column).code().equals(controlRating);
    }

    /** @param residuals one per rating, in the order of {@link ResidualTable#ratings()} */
    public record Row(RiskLevel inherent, List<RiskLevel> residuals) {
        public Row {
            residuals = List.copyOf(residuals);
        }
    }
}
