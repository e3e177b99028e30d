package pe.integrity.workspace.page;

import java.util.List;

/**
 * A risk matrix with counts per cell, rendered as a plain table: each cell prints its level and count as text,
 * so colour is never the only cue.
 *
 * @param rowAxis message key of the row axis (impact, or inherent level)
 * @param columnAxis message key of the column axis (probability, or control rating)
 * @param columns column headers, in order
 */
public record HeatMapView(String rowAxis, String columnAxis, List<String> columns, List<Row> rows, long total) {

    public record Row(String label, List<Cell> cells) {}

    public record Cell(LevelView level, long count) {}
}
