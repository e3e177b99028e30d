package pe.integrity.offline;

import java.util.Map;

/**
 * One row of the risks sheet as read: its number as Excel shows it (1 = the header) and the text of each
 * non-empty cell, trimmed.
 */
record SheetRow(int number, Map<RiskColumn, String> cells) {

    String get(RiskColumn column) {
        return cells.get(column);
    }

    boolean blank() {
        return cells.isEmpty();
    }
}
