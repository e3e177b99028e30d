package pe.integrity.register.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pe.integrity.register.Workbooks;

/** Cell writing of the streamed workbooks, read back from the written bytes. */
public class ExportCellsTest {

    static final List<String> DANGEROUS = List.of("=1+1", "=HYPERLINK(\"http://x.example\")", "+51 999 999 999",
            "-2+3", "@SUM(A1)", "\t=cmd", "\r=1+1", "\nhola");
    static final List<String> ORDINARY = List.of("Contrataciones", "1+1", "a=b", " =1", "");

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsLiteralText() throws IOException {
        XSSFWorkbook wb = roundTrip((sheet, cells) -> {
            int r = 0;
            for (String s : DANGEROUS) {
                cells.text(sheet.createRow(r++), 0, s);
            }
            for (String s : ORDINARY) {
                cells.text(sheet.createRow(r++), 0, s);
            }
        });
        for (int r = 0; r < DANGEROUS.size() + ORDINARY.size(); r++) {
            Cell cell = wb.getSheetAt(0).getRow(r).getCell(0);
            boolean dangerous = r < DANGEROUS.size();
            String expected = dangerous ? DANGEROUS.get(r) : ORDINARY.get(r - DANGEROUS.size());
            assertThat(cell.getCellType()).as(expected).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(expected);
            assertThat(cell.getCellStyle().getQuotePrefixed()).as(expected).isEqualTo(dangerous);
        }
    }

    @Test
    void oneStylePerLevelColourHoweverManyCells() throws IOException {
        int[] styles = new int[1];
        XSSFWorkbook wb = roundTrip((sheet, cells) -> {
            for (int r = 0; r < 500; r++) {
                Row row = sheet.createRow(r);
                cells.level(row, 0, "Alto", r % 2 == 0 ? "#FFA500" : "#ffa500");
                cells.level(row, 1, "Bajo", "#92D050");
                cells.level(row, 2, "Raro", "no es un color");
            }
            styles[0] = cells.levelStyleCount();
        });
        assertThat(styles[0]).isEqualTo(3);
        assertThat(wb.getNumCellStyles()).isLessThan(20);
        assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(499);
    }

    interface Fill {
        void into(SXSSFSheet sheet, ExportCells cells);
    }

    private static XSSFWorkbook roundTrip(Fill fill) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(10);
        try {
            SXSSFSheet sheet = wb.createSheet("s");
            fill.into(sheet, new ExportCells(wb));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return Workbooks.read(out.toByteArray());
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
