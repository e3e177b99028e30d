package pe.integrity.register.national;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Cell writing for streamed workbooks: a fixed set of styles created once (a workbook holds at most
 * 64,000 styles, so never one per cell), one style per level colour, and text that can never turn into a
 * formula.
 */
public final class ExportCells {

    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle literal;
    private final CellStyle number;
    private final CellStyle date;
    private final Map<String, CellStyle> levelStyles = new HashMap<>();

    ExportCells(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9}));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        literal = workbook.createCellStyle();
        // the xlsx form of Excel's leading apostrophe: shown and kept as text even when the cell is edited
        literal.setQuotePrefixed(true);
        number = workbook.createCellStyle();
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /**
     * True when a spreadsheet would read this text as a formula or command (spreadsheet injection):
     * it starts with = + - @, a tab, a carriage return or a line feed (as {@code SafeCells} of the entity
     * register decides).
     */
    static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /** Text, always a string cell; risky text gets the quote-prefix style. Null leaves the cell empty. */
    void text(Row row, int column, String value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? literal : text);
    }

    void number(Row row, int column, Number value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(number);
    }

    void date(Row row, int column, LocalDate value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    /** A level label on the level's colour; one cached style per colour. */
    void level(Row row, int column, String label, String colour) {
        if (label == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(label);
        cell.setCellStyle(colour == null ? (looksLikeFormula(label) ? literal : text) : levelStyle(colour));
    }

    private CellStyle levelStyle(String colour) {
        return levelStyles.computeIfAbsent(colour.toUpperCase(java.util.Locale.ROOT), c -> {
            XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(rgb(c)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    /** Header row with frozen panes above the data, an auto-filter and explicit widths (in characters). */
    void headers(Sheet sheet, String[] labels, int[] widths) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < labels.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels[i]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, labels.length - 1));
    }

    CellStyle headerStyle() {
        return header;
    }

    int levelStyleCount() {
        return levelStyles.size();
    }

    /** {@code #RRGGBB} or {@code RRGGBB}; anything else is grey, never an exception in the middle of a file. */
    static byte[] rgb(String colour) {
        String hex = colour.startsWith("#") ? colour.substring(1) : colour;
        if (hex.length() != 6 || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            return new byte[] {(byte) 0xBF, (byte) 0xBF, (byte) 0xBF};
        }
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
