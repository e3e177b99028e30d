package pe.integrity.offline;

import java.util.List;
import java.util.Map;

/**
 * What the import read from a file: the identity cells of the instructions sheet (by 0-based row, columns B and C)
 * and each data sheet found, by name.
 */
record ReadWorkbook(Map<Integer, String[]> identity, Map<String, Sheet> sheets) {

    /** A data sheet: its header row and its non-empty rows below it. */
    record Sheet(List<String> header, List<SheetRow> rows) {}

    /** Column B (value) or C (code) of an identity row, or null. */
    String identity(int row, int column) {
        String[] cells = identity.get(row);
        return cells == null ? null : cells[column - 1];
    }

    Sheet sheet(String name) {
        return sheets.get(name);
    }
}
