package pe.integrity.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading workbooks back in tests: the whole thing in memory is fine for a few rows. */
public final class Workbooks {

    private static final DataFormatter FORMAT = new DataFormatter();

    private Workbooks() {}

    public static XSSFWorkbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data rows (below the header) whose first cell is this entity's name. */
    public static List<Row> rowsOf(Sheet sheet, String entityName) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && entityName.equals(text(row, 0))) {
                rows.add(row);
            }
        }
        return rows;
    }

    public static int dataRows(Sheet sheet) {
        return sheet.getLastRowNum();
    }

    /** The cell as a string cell's text; null when empty. Fails on a formula. */
    public static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw new AssertionError("formula in " + cell.getAddress());
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : FORMAT.formatCellValue(cell);
    }

    public static Double number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getNumericCellValue();
    }
}
