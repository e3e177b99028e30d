package pe.integrity.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A downloaded offline workbook, edited the way a person would in Excel: cells of the "Riesgos" sheet by Excel row
 * number and column header, values taken from the "Listas" sheet's dropdown lists.
 */
public final class Matrix {

    private final XSSFWorkbook wb;

    private Matrix(XSSFWorkbook wb) {
        this.wb = wb;
    }

    public static Matrix of(byte[] xlsx) throws IOException {
        return new Matrix(new XSSFWorkbook(new ByteArrayInputStream(xlsx)));
    }

    public Matrix set(int excelRow, String header, String value) {
        sheet("Riesgos").set(excelRow, header, value);
        return this;
    }

    public String get(int excelRow, String header) {
        return sheet("Riesgos").get(excelRow, header);
    }

    /** Excel row number of the first row whose code is empty (the first blank row offered for a new risk). */
    public int firstNewRow() {
        Sheet s = wb.getSheet("Riesgos");
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            if (get(i + 1, "Código").isEmpty() && get(i + 1, "Enunciado del riesgo").isEmpty()) {
                return i + 1;
            }
        }
        return s.getLastRowNum() + 2;
    }

    /** The values a dropdown offers, by the title of its column on the "Listas" sheet. */
    public List<String> list(String title) {
        Sheet s = wb.getSheet("Listas");
        int col = column(s, title);
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            if (r != null && r.getCell(col) != null && !r.getCell(col).getStringCellValue().isEmpty()) {
                values.add(r.getCell(col).getStringCellValue());
            }
        }
        return values;
    }

    public String identity(int excelRow, int column) {
        Row r = wb.getSheet("Instrucciones").getRow(excelRow - 1);
        return new DataFormatter().formatCellValue(r.getCell(column));
    }

    public Matrix identity(int excelRow, int column, String value) {
        wb.getSheet("Instrucciones").getRow(excelRow - 1).getCell(column).setCellValue(value);
        return this;
    }

    public boolean locked(int excelRow, String header) {
        Sheet s = wb.getSheet("Riesgos");
        return s.getRow(excelRow - 1).getCell(column(s, header)).getCellStyle().getLocked();
    }

    /** Another data sheet of the workbook (e.g. "Medidas"), edited the same way. */
    public DataSheet sheet(String name) {
        return new DataSheet(wb.getSheet(name));
    }

    /** Cells of one data sheet by Excel row number and column header. */
    public static final class DataSheet {
        private final Sheet sheet;

        DataSheet(Sheet sheet) {
            this.sheet = sheet;
        }

        public DataSheet set(int excelRow, String header, String value) {
            Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
            int col = column(sheet, header);
            Cell cell = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
            if (value == null) {
                cell.setBlank();
            } else {
                cell.setCellValue(value);
            }
            return this;
        }

        /** A number typed into a cell, as a spreadsheet stores it (not as text). */
        public DataSheet setNumber(int excelRow, String header, double value) {
            Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
            int col = column(sheet, header);
            (row.getCell(col) == null ? row.createCell(col) : row.getCell(col)).setCellValue(value);
            return this;
        }

        public String get(int excelRow, String header) {
            Row row = sheet.getRow(excelRow - 1);
            return row == null ? "" : new DataFormatter().formatCellValue(row.getCell(column(sheet, header)));
        }

        /** The first row whose key column is empty. */
        public int firstNewRow(String keyHeader) {
            for (int i = 1; i <= sheet.getLastRowNum() + 1; i++) {
                if (get(i + 1, keyHeader).isEmpty()) {
                    return i + 1;
                }
            }
            return sheet.getLastRowNum() + 2;
        }
    }

    /** As a spreadsheet program saves it without changing a cell: other metadata, so other bytes. */
    public Matrix resaved(String by) {
        wb.getProperties().getCoreProperties().setLastModifiedByUser(by);
        return this;
    }

    public byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static int column(Sheet s, String header) {
        Row h = s.getRow(0);
        for (Cell c : h) {
            if (header.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on sheet " + s.getSheetName());
    }
}
