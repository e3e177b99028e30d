package pe.integrity.register.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import pe.integrity.register.RegisterFiles;
import pe.integrity.register.RegisterJourney;
import pe.integrity.register.archive.Stamp;
import pe.integrity.support.IntegrationTest;

/**
 * The registers read well on paper: a 2,000-letter word without a space in every field a person types wraps
 * inside its cell (no column pushed off the PDF page, no letter lost); in the workbook, rows grow with their text,
 * dates are real dates, and each sheet prints landscape, one page wide, with its header row on every page.
 */
@IntegrationTest
public class RegisterLayoutTest {

    static final int WORD = 2_000;
    /** A4 landscape is 297 mm wide; the template's side margins are 12 mm. */
    static final float RIGHT_EDGE = (297f - 12f) / 297f;
    static final Set<String> CONTAINERS = Set.of("cover", "approvals", "signatures", "processes", "risks", "measures",
            "evidence", "history", "observations");
    /** What people type; codes, dates, levels and the scheme's own vocabulary are the application's. */
    static final Set<String> TYPED = Set.of("context", "comment", "name", "catalogProcess", "reason", "owner",
            "responsibleUnit", "stages", "process", "stage", "riskyBehaviour", "statement", "causes", "consequences",
            "actors", "existingControls", "acceptanceJustification", "description", "causeAddressed",
            "responsiblePerson", "indicator", "targetValue", "verificationMeans", "resources", "progressComment",
            "filename", "organisation", "text", "target", "actor", "author");

    @Autowired ApplicationContext ctx;
    @Autowired RegisterAssembler assembler;
    @Autowired PdfRegisterWriter pdf;
    @Autowired ExcelRegisterWriter excel;

    final Stamp stamp = new Stamp("CODE", "CODE", "http://localhost/verificar?codigo=CODE", true, "01/01/2026 10:00",
            "Quien");
    RegisterData clean;
    RegisterData longWords;
    final AtomicInteger planted = new AtomicInteger();

    @BeforeEach
    void planTheRegisterAndPlantLongWords() throws Exception {
        RegisterJourney j = RegisterJourney.open(ctx, RegisterJourney.FIVE, t -> t).planned();
        clean = withFollowUp(assembler.assemble(j.team.conductor(), j.assessmentId));
        longWords = (RegisterData) RegisterFiles.mapStrings(clean, s -> {
            planted.incrementAndGet();
            return s + " " + "ж".repeat(WORD);
        }, name -> TYPED.contains(name) || CONTAINERS.contains(name));
    }

    /**
     * What a planned assessment does not have yet, filled in as follow-up and approval would: each measure's
     * progress comment and two evidence files, and both signatures, so their cells get long words too.
     */
    private static RegisterData withFollowUp(RegisterData d) {
        List<RegisterData.MeasureRow> measures = d.measures().stream().map(m -> new RegisterData.MeasureRow(m.code(),
                m.riskCode(), m.description(), m.type(), m.causeAddressed(), m.responsibleUnit(), m.responsiblePerson(),
                m.startDate(), m.endDate(), m.indicator(), m.targetValue(), m.verificationMeans(), m.resources(),
                m.status(), m.progress(), m.overdue(), m.overdueLabel(), "Avance del semestre",
                List.of(new RegisterData.EvidenceLine("acta.pdf", "01/06/2026"),
                        new RegisterData.EvidenceLine("informe.docx", "02/06/2026")))).toList();
        List<RegisterData.Signature> signed = d.signatures().stream()
                .map(g -> new RegisterData.Signature(g.role(), g.organisation(), "Nombre de quien aprueba", "01/06/2026"))
                .toList();
        return new RegisterData(d.cover(), d.approvals(), signed, d.processes(), d.risks(), d.inherentMap(),
                d.residualMap(), d.levels(), measures, d.followUp(), d.progressHistory(), d.history(), d.observations(), d.lists());
    }

    @Test
    void aTwoThousandLetterWordInEveryTypedFieldStaysInsideThePdfPage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(longWords, stamp, out);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "register-long-words.pdf"), out.toByteArray());

        RegisterFiles.TextExtent extent = RegisterFiles.pdfTextExtent(out.toByteArray(), 'ж');
        assertThat(extent.rightmostShare()).as("rightmost text, share of the page width").isLessThanOrEqualTo(RIGHT_EDGE);
        assertThat(extent.glyphsOf()).as("every letter of every long word is printed")
                .isGreaterThanOrEqualTo((long) planted.get() * WORD);
    }

    @Test
    void workbookRowsGrowWithTheirTextDatesAreDatesAndSheetsPrintOnePageWide() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excel.write(longWords, stamp, out);
        try (XSSFWorkbook wb = RegisterFiles.workbook(out.toByteArray())) {
            XSSFSheet risks = wb.getSheet("Riesgos");
            int header = RegisterFiles.find(risks, "Enunciado del riesgo").getRowIndex();
            Row firstRisk = risks.getRow(header + 1);
            assertThat(firstRisk.getHeightInPoints()).as("a risk row with 2,000-letter words").isGreaterThan(100f);

            XSSFSheet plan = wb.getSheet("Tratamiento");
            int planHeader = RegisterFiles.find(plan, "Inicio").getRowIndex();
            Cell start = plan.getRow(planHeader + 1).getCell(RegisterFiles.column(plan, planHeader, "Inicio"));
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(RegisterText.date(start.getLocalDateTimeCellValue().toLocalDate()))
                    .isEqualTo(clean.measures().get(0).startDate());

            for (String name : EntityRegisterContentTest.SHEETS) {
                XSSFSheet sheet = wb.getSheet(name);
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getLandscape()).as("%s landscape", name).isTrue();
                assertThat(print.getPaperSize()).as("%s on A4", name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as("%s fits to page", name).isTrue();
                assertThat(print.getFitWidth()).as("%s one page wide", name).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).as("%s as many pages down as needed", name).isZero();
            }
            assertThat(risks.getRepeatingRows()).as("the header row repeats on every printed page").isNotNull();
            assertThat(risks.getRepeatingRows().getFirstRow()).isEqualTo(header);
        }
    }
}
