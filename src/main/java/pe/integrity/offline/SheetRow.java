package pe.integrity.offline;

import java.util.Map;

/**
 * One row of a data sheet as read: its number as Excel shows it (1 = the header) and the text of each non-empty
 * cell, trimmed, by column position.
 */
record SheetRow(int number, Map<Integer, String> cells) {

    String get(Column column) {
        return cells.get(column.index());
    }

    /** Whether some cell of a column the predicate accepts holds text. */
    boolean any(java.util.function.IntPredicate columns) {
        return cells.keySet().stream().anyMatch(columns::test);
    }
}
