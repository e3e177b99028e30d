package pe.integrity.register.entity;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How tall a row must be for a wrapped cell to show all its text. Neither Excel nor POI fits a row to wrapped
 * text when a file is opened, so a fixed template height would show one line of a long statement; this estimates
 * the lines from the column width and the font size, generously, up to Excel's limit of 409 points.
 */
public final class RowHeights {

    static final float MAX_POINTS = 409f;

    private RowHeights() {}

    static float needed(XSSFSheet sheet, Cell cell, Object value) {
        CellStyle style = cell.getCellStyle();
        if (!style.getWrapText() || value == null) {
            return 0f;
        }
        String text = value instanceof WorkbookFields.Coloured c ? c.text() : value.toString();
        if (text.isEmpty()) {
            return 0f;
        }
        Font font = sheet.getWorkbook().getFontAt(style.getFontIndex());
        float fontPoints = font.getFontHeightInPoints();
        // column width is in 1/256 of the width of a '0' of the default 11-point font; a letter averages ~1.1 zeros
        float columnZeros = sheet.getColumnWidth(cell.getColumnIndex()) / 256f;
        int perLine = Math.max(1, (int) (columnZeros * 11f / fontPoints / 1.1f));
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return Math.min(MAX_POINTS, lines * fontPoints * 1.35f + 3f);
    }
}
