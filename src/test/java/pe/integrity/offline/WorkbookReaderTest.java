package pe.integrity.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pe.integrity.support.WorkbookFiles;

/**
 * Hostile and broken files are refused by the reader before POI builds anything from them, each with its own
 * message, and a sound workbook is read as a stream: the identity cells, the header and the non-empty rows.
 */
class WorkbookReaderTest {

    private final WorkbookReader reader = new WorkbookReader(new WorkbookLimits(null, 30, 40, null, null));

    @Test
    void aSoundWorkbookIsReadRowByRow() throws IOException {
        ReadWorkbook read = reader.read(workbook(3));
        assertThat(read.identity(WorkbookWriter.ASSESSMENT_ROW, 1)).isEqualTo("42");
        assertThat(read.identity(WorkbookWriter.ENTITY_ROW, 2)).isEqualTo("7");
        assertThat(read.sheet(WorkbookWriter.RISKS).header()).startsWith("Código", "Proceso");
        assertThat(read.sheet(WorkbookWriter.RISKS).rows()).hasSize(3);
        assertThat(read.sheet(WorkbookWriter.RISKS).rows().get(0).number()).isEqualTo(2);
        assertThat(read.sheet(WorkbookWriter.RISKS).rows().get(0).get(RiskColumn.STATEMENT)).isEqualTo("Enunciado 1 con salto\nde línea");
        assertThat(read.sheet(WorkbookWriter.RISKS).rows().get(0).get(RiskColumn.CAUSES)).as("empty cells are absent").isNull();
    }

    @Test
    void anythingButAnXlsxIsRefused() throws IOException {
        refused(new byte[0], "offline.refused.empty");
        refused("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "offline.refused.notXlsx");
        refused("Código;Proceso\nR-01;Compras\n".getBytes(StandardCharsets.UTF_8), "offline.refused.notXlsx");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("Riesgos");
            old.write(xls);
        }
        refused(xls.toByteArray(), "offline.refused.oldFormat");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("clave");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(workbook(1));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        refused(out.toByteArray(), "offline.refused.encrypted");
    }

    @Test
    void macrosAreRefused() throws IOException {
        refused(WorkbookFiles.withEntry(workbook(1), "xl/vbaProject.bin", new byte[] {0, 1, 2}), "offline.refused.macros");
        refused(WorkbookFiles.replacing(workbook(1), "[Content_Types].xml",
                t -> t.replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml")),
                "offline.refused.macros");
    }

    @Test
    void entriesThatClimbOutOfTheArchiveAreRefused() throws IOException {
        refused(WorkbookFiles.withEntry(workbook(1), "../../etc/cron.d/x", new byte[] {1}), "offline.refused.badEntry");
        refused(WorkbookFiles.withEntry(workbook(1), "/etc/passwd", new byte[] {1}), "offline.refused.badEntry");
        refused(WorkbookFiles.withEntry(workbook(1), "xl\\..\\..\\x", new byte[] {1}), "offline.refused.badEntry");
    }

    @Test
    void aZipBombIsStoppedWhileInflating() throws IOException {
        byte[] zeros = new byte[1024 * 1024];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).as("64 MB of zeros in a small file").isLessThan(200_000);
        refused(out.toByteArray(), "offline.refused.bomb");
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        refused(WorkbookFiles.replacing(workbook(1), "xl/worksheets/sheet2.xml",
                t -> xxe + t.substring(t.indexOf("?>") + 2).replace("Enunciado 1", "&x;")), "offline.refused.xml");
        String billion = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        refused(WorkbookFiles.replacing(workbook(1), "xl/sharedStrings.xml",
                t -> billion + t.substring(t.indexOf("?>") + 2)), "offline.refused.xml");
    }

    @Test
    void aTruncatedOrCorruptArchiveIsRefused() throws IOException {
        byte[] whole = workbook(2);
        refused(Arrays.copyOf(whole, whole.length / 2), "offline.refused.damaged");
        byte[] flipped = whole.clone();
        for (int i = 200; i < 400; i++) {
            flipped[i] ^= 0x5A;
        }
        refused(flipped, "offline.refused.damaged");
    }

    @Test
    void limitsOnSizeRowsAndColumnsStopTheRead() throws IOException {
        refused(workbook(40), "offline.refused.tooManyRows");
        WorkbookReader narrow = new WorkbookReader(new WorkbookLimits(null, null, 10, null, null));
        assertThatThrownBy(() -> narrow.read(workbook(1))).isInstanceOfSatisfying(WorkbookRefused.class,
                e -> assertThat(e.code()).isEqualTo("offline.refused.tooManyColumns"));
        WorkbookReader small = new WorkbookReader(new WorkbookLimits(1000L, null, null, null, null));
        assertThatThrownBy(() -> small.read(workbook(1))).isInstanceOfSatisfying(WorkbookRefused.class,
                e -> assertThat(e.code()).isEqualTo("offline.refused.tooLarge"));
    }

    @Test
    void aWorkbookWithoutTheMatrixSheetsIsNotOurs() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Hoja1").createRow(0).createCell(0).setCellValue("hola");
            wb.write(out);
        }
        refused(out.toByteArray(), "offline.refused.notOurs");
    }

    private void refused(byte[] file, String code) {
        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(WorkbookRefused.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    /** The matrix's two sheets as the writer lays them out, with some rows (no styles needed to be read). */
    private static byte[] workbook(int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet ins = wb.createSheet(WorkbookWriter.INSTRUCTIONS);
            Row entity = ins.createRow(WorkbookWriter.ENTITY_ROW);
            entity.createCell(1).setCellValue("Municipalidad de prueba");
            entity.createCell(2).setCellValue("7");
            Row assessment = ins.createRow(WorkbookWriter.ASSESSMENT_ROW);
            assessment.createCell(1).setCellValue("42");
            assessment.createCell(2).setCellValue("2025");
            Sheet risks = wb.createSheet(WorkbookWriter.RISKS);
            Row header = risks.createRow(0);
            for (RiskColumn c : RiskColumn.ALL) {
                header.createCell(c.index()).setCellValue(c.header());
            }
            for (int i = 1; i <= rows; i++) {
                Row r = risks.createRow(i);
                r.createCell(RiskColumn.CODE.index()).setCellValue(String.format("R-%02d", i));
                r.createCell(RiskColumn.STATEMENT.index()).setCellValue("Enunciado " + i + " con salto\r\nde línea");
                r.createCell(RiskColumn.CAUSES.index()).setCellValue("   ");
            }
            wb.write(out);
        }
        return out.toByteArray();
    }
}
