package pe.integrity.register.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes values into cells so that text stays text: every string goes in with {@code setCellValue(String)}
 * (never a formula), and text that a spreadsheet would read as a formula or command when retyped or
 * exported to CSV ({@code = + - @}, tab, carriage return) also gets the quote-prefix style. Styles derived
 * from the template's (quote prefix, level colours) are created once per workbook.
 */
public final class SafeCells {

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> derived = new HashMap<>();

    SafeCells(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** Text that starts like a formula, a DDE command or with a control character. */
    static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n';
    }

    /** Puts a value in a cell, with the given base style (from the template). */
    void put(Cell cell, Object value, CellStyle base) {
        String colour = null;
        if (value instanceof WorkbookFields.Coloured c) {
            colour = c.colour();
            value = c.text();
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(style(base, false, colour));
        } else if (value instanceof LocalDateTime at) {
            cell.setCellValue(at);
            cell.setCellStyle(dated(base, "dd/mm/yyyy hh:mm"));
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(dated(base, "dd/mm/yyyy"));
        } else {
            String text = value == null ? "" : value.toString();
            cell.setCellValue(text);
            cell.setCellStyle(style(base, risky(text), colour));
        }
    }

    /** The base style showing a date in the given format (real dates sort and filter; text does not). */
    private CellStyle dated(CellStyle base, String format) {
        return derived.computeIfAbsent(base.getIndex() + "|date|" + format, k -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(base);
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
            return s;
        });
    }

    /** The base style, with the quote prefix and/or a solid fill of a {@code #RRGGBB} colour. */
    CellStyle style(CellStyle base, boolean quoted, String colour) {
        if (!quoted && colour == null) {
            return base;
        }
        String key = base.getIndex() + "|" + quoted + "|" + colour;
        return derived.computeIfAbsent(key, k -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(base);
            s.setQuotePrefixed(quoted);
            if (colour != null) {
                s.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(colour.substring(1)), null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        });
    }
}
