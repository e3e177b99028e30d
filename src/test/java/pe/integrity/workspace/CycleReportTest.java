package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.RegisterFiles;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * A submitted follow-up cycle's report, PDF and Excel: made from that cycle's reports only (a later cycle's report on
 * the same measure stays out), archived once per cycle and kind, verifiable at /verificar, readable by whoever may
 * read the assessment and by nobody else; an open cycle has no report yet.
 */
@IntegrationTest
class CycleReportTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired RegisterArchive archive;

    @Test
    void aSubmittedCyclesReportHoldsItsReportsOnlyIsMadeOnceAndVerifies() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.FOLLOW_UP);
        Measure measure = assessments.measures(conductor, id).get(0);
        String measureUrl = "/assessments/" + id + "/follow-up/" + measure.getId();
        Screen screen = new Screen(mvc);

        walks.fireNextReportTimer(id);
        report(screen, tecnico, measureUrl, "IN_PROGRESS", "40", "Comité de ética instalado");
        walks.complete(conductor, id, AssessmentProcess.REPORT_PROGRESS, null, null);
        walks.fireNextReportTimer(id);
        report(screen, conductor, measureUrl, "IMPLEMENTED", "100", "Actas publicadas en el portal");

        Document cycles = screen.page(crew.team().alta(), "/assessments/" + id + "/follow-up/cycles");
        List<String> links = cycles.select("main p.cycle-report a").eachAttr("href");
        assertThat(links).as("only the submitted cycle 1 has a report")
                .containsExactly("/assessments/" + id + "/follow-up/cycles/1/report.pdf",
                        "/assessments/" + id + "/follow-up/cycles/1/report.xlsx");

        StoredRegister pdf = ArchivedReports.fetch(screen, archive, crew.team().alta(), links.get(0), id);
        assertThat(pdf.kind()).isEqualTo(RegisterKind.FOLLOW_UP_PDF);
        assertThat(pdf.followUpCycle()).isEqualTo(1);
        assertThat(pdf.draft()).isFalse();
        String text = RegisterFiles.normal(RegisterFiles.pdfText(RegisterFiles.bytes(archive, pdf)));
        assertThat(text).contains("Informe de seguimiento", "Ciclo de seguimiento 1", measure.getCode(),
                "Comité de ética instalado", "Reportes: 1; medidas reportadas: 1 (0 no iniciadas, 1 en curso, 0 implementadas)", "avance promedio 40 %", pdf.displayCode(),
                "remitido el", conductor.fullName());
        assertThat(text).as("cycle 2's report is not part of cycle 1").doesNotContain("Actas publicadas");

        assertThat(ArchivedReports.fetch(screen, archive, tecnico, links.get(0), id).id()).as("the same archived report, whoever asks again")
                .isEqualTo(pdf.id());

        StoredRegister xlsx = ArchivedReports.fetch(screen, archive, conductor, links.get(1), id);
        try (XSSFWorkbook wb = RegisterFiles.workbook(RegisterFiles.bytes(archive, xlsx))) {
            Sheet reports = wb.getSheet("Reportes del ciclo");
            assertThat(RegisterFiles.strings(reports)).contains(measure.getCode(), "Comité de ética instalado", "En curso")
                    .doesNotContain("Actas publicadas en el portal");
            assertThat(RegisterFiles.strings(wb.getSheet("Portada")))
                    .anySatisfy(s -> assertThat(s).startsWith("1: reporte remitido el"));
            assertThat(wb.getProperties().getCustomProperties().getProperty("CodigoVerificacion").getLpwstr())
                    .isEqualTo(xlsx.verificationCode());
        }

        Document verified = Screen.parse(mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/verificar")
                        .param("codigo", pdf.verificationCode())).andReturn());
        assertThat(verified.select("main").text()).contains("Registro auténtico", "Informe de seguimiento de un ciclo");

        assertThat(screen.status(crew.team().alta(), "/assessments/" + id + "/follow-up/cycles/2/report.pdf"))
                .as("cycle 2 is still open").isEqualTo(404);
        assertThat(screen.status(crew.team().alta(), "/assessments/" + id + "/follow-up/cycles/1/report.doc"))
                .isEqualTo(404);
        CurrentUser stranger = walks.crew().team().conductor();
        assertThat(screen.status(stranger, links.get(0))).as("another entity's Conductor").isEqualTo(403);
        assertThat(archive.ofAssessment(id)).filteredOn(d -> d.kind().followUp()).hasSize(2);
    }


    private static void report(Screen screen, CurrentUser who, String url, String status, String progress,
            String comment) throws Exception {
        Document page = screen.page(who, url);
        MvcResult r = screen.send(who, page.selectFirst("form[action=" + url + "]"),
                "status", status, "progress", progress, "comment", comment);
        assertThat(r.getResponse().getStatus()).as("report " + status).isEqualTo(302);
    }
}
