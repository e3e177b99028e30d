package pe.integrity.catalog;

import java.util.List;

/**
 * Every (probability, impact) cell of a scheme with its inherent level, laid out as a risk matrix:
 * rows by impact, highest first; columns by probability, lowest first. Screens and registers add counts.
 *
 * @param probabilities the column headers, ascending
 * @param rows one per impact level, highest impact first
 */
public record HeatMap(String schemeCode, List<ScaleLevel> probabilities, List<Row> rows) {

    public HeatMap {
        probabilities = List.copyOf(probabilities);
        rows = List.copyOf(rows);
    }

    /** One impact level and its cells, in the order of {@link #probabilities()}. */
    public record Row(ScaleLevel impact, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One cell of the matrix. */
    public record Cell(int probability, int impact, int score, RiskLevel level) {
        public String colour() {
            return level.colour();
        }

        /** Whether a risk rated so falls in this cell (an unrated risk falls in none): the one counting rule. */
        public boolean holds(Integer probability, Integer impact) {
            return probability != null && impact != null && probability == this.probability && impact == this.impact;
        }
    }

    /** All cells, row by row. */
    public List<Cell> cells() {
        return rows.stream().flatMap(r -> r.cells().stream()).toList();
    }

    /** The cell of this probability and impact; values outside the scheme are a {@link ScoringInputException}. */
    public Cell cell(int probability, int impact) {
        return cells().stream()
                .filter(c -> c.probability() == probability && c.impact() == impact)
                .findFirst()
                .orElseThrow(() -> new ScoringInputException("scoring.cell.unknown", probability, impact, schemeCode));
    }
}
