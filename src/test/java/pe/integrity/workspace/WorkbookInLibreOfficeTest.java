package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Matrix;

/**
 * The matrix survives a spreadsheet program: LibreOffice Calc (headless) opens the downloaded workbook and saves it
 * as .xlsx again; the saved file keeps its dropdowns and locks, imports as "nothing to change", and once a cell is
 * changed in it, previews that change. Needs {@code soffice} (Debian's libreoffice-calc-nogui, installed by .ci/run);
 * under CI=true a missing one fails instead of skipping.
 */
@IntegrationTest
class WorkbookInLibreOfficeTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @Test
    void aWorkbookSavedAgainByLibreOfficeStillImports() throws Exception {
        Walks walks = new Walks(context);
        Screen screen = new Screen(mvc);
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        walks.addStageAndRisk(tecnico, assessments.processes(tecnico, id).get(0).getId());
        byte[] downloaded = screen.get(tecnico, "/assessments/" + id + "/workbook/matriz.xlsx").getResponse()
                .getContentAsByteArray();
        byte[] saved = savedByCalc(downloaded);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(saved))) {
            assertThat(wb.getSheet("Riesgos").getDataValidations()).as("dropdowns kept").isNotEmpty();
            assertThat(wb.getSheet("Riesgos").getProtect()).as("locks kept").isTrue();
        }
        Document nothing = Screen.parse(screen.uploadWorkbook(tecnico, id, saved));
        assertThat(nothing.select("#nothing").text()).as(nothing.select("main").text()).contains("no cambia nada");

        Matrix m = Matrix.of(saved).set(2, "Consecuencias", "Pérdida de confianza ciudadana");
        String preview = screen.uploadWorkbook(tecnico, id, m.bytes()).getResponse().getRedirectedUrl();
        assertThat(screen.page(tecnico, preview).select("#row-2").text()).contains("Pérdida de confianza ciudadana");
    }

    @Test
    void aFollowUpWorkbookSavedByLibreOfficeKeepsItsProgressColumnAndReportsAChange() throws Exception {
        Walks walks = new Walks(context);
        Screen screen = new Screen(mvc);
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.FOLLOW_UP);
        byte[] saved = savedByCalc(screen.get(tecnico, "/assessments/" + id + "/workbook/matriz.xlsx").getResponse()
                .getContentAsByteArray());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(saved))) {
            assertThat(wb.getSheet("Avance").getDataValidations()).as("status list and percentage rule kept").hasSize(2);
        }
        Document nothing = Screen.parse(screen.uploadWorkbook(tecnico, id, saved));
        assertThat(nothing.select("#nothing").text()).as(nothing.select("main").text()).contains("no cambia nada");

        Matrix m = Matrix.of(saved);
        m.sheet("Avance").set(2, "Estado", "En curso").setNumber(2, "Avance (%)", 25);
        String preview = screen.uploadWorkbook(tecnico, id, m.bytes()).getResponse().getRedirectedUrl();
        assertThat(screen.page(tecnico, preview).select("#report-row-2").text()).contains("25 %");
    }

    /** The file as LibreOffice Calc saves it again (headless), without changing a cell. */
    private static byte[] savedByCalc(byte[] downloaded) throws Exception {
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice (soffice) is not installed");
        }
        Path dir = Files.createTempDirectory("calc");
        Path in = Files.createDirectory(dir.resolve("in")).resolve("matriz.xlsx");
        Files.write(in, downloaded);
        Process calc = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dir.resolve("out").toString(),
                in.toString()).redirectErrorStream(true).start();
        assertThat(calc.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        byte[] saved = Files.readAllBytes(dir.resolve("out").resolve("matriz.xlsx"));
        assertThat(saved).isNotEqualTo(downloaded);
        return saved;
    }
}
