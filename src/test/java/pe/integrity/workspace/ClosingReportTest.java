package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ClosingForm;
import pe.integrity.assessment.ClosingRating;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureOutcome;
import pe.integrity.assessment.MeasureOutcomeForm;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.RegisterFiles;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * A closed period's closing report, PDF and Excel: each risk from inherent to planned residual to residual at close
 * with whether its level fell, each measure's end (implemented, continued, dropped with its reason), the submitted
 * cycles; archived once per kind, verifiable at /verificar, readable by whoever may read the assessment and by
 * nobody else, and not there before the period closes.
 */
@IntegrationTest
class ClosingReportTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired ClosingRating closing;
    @Autowired RegisterArchive archive;

    @Test
    void theClosedPeriodsReportSaysHowEachRiskAndMeasureEndedAndVerifies() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        CurrentUser alta = crew.team().alta();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk risk = assessments.risks(conductor, id).get(0);
        walks.addMeasure(conductor, risk.getId()); // a second measure, to be dropped at close
        walks.advance(crew, id, AssessmentStage.FOLLOW_UP);
        List<Measure> measures = assessments.measures(conductor, id);
        Measure done = measures.get(0);
        Measure dropped = measures.get(1);
        Screen screen = new Screen(mvc);
        String overview = "/assessments/" + id;
        assertThat(screen.status(alta, overview + "/closing-report.pdf")).as("no report before the close").isEqualTo(404);

        walks.fireNextReportTimer(id);
        String measureUrl = overview + "/follow-up/" + done.getId();
        MvcResult reported = screen.send(conductor, screen.page(conductor, measureUrl)
                .selectFirst("form[action=" + measureUrl + "]"), "status", "IMPLEMENTED", "progress", "100",
                "comment", "Comité de ética instalado");
        assertThat(reported.getResponse().getStatus()).isEqualTo(302);
        walks.complete(conductor, id, AssessmentProcess.REPORT_PROGRESS, null, null);
        walks.advance(crew, id, AssessmentStage.CLOSING);

        ClosingForm rating = new ClosingForm();
        rating.setControlRating(walks.strongest(walks.scheme(id)));
        rating.setVersion(assessments.risks(conductor, id).get(0).getVersion());
        closing.rate(conductor, risk.getId(), rating);
        MeasureOutcomeForm drop = new MeasureOutcomeForm();
        drop.setOutcome(MeasureOutcome.DROPPED);
        drop.setReason("La norma que la exigía fue derogada");
        drop.setVersion(assessments.measures(conductor, id).get(1).getVersion());
        closing.decide(conductor, risk.getId(), dropped.getId(), drop);
        walks.complete(conductor, id, AssessmentProcess.RATE_RESIDUAL_AT_CLOSE, null, null);
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.CLOSED);
        assertThat(assessments.measures(conductor, id).get(0).getStatus()).isEqualTo(MeasureStatus.IMPLEMENTED);

        List<String> links = screen.page(alta, overview).select("#closing-report a").eachAttr("href");
        assertThat(links).containsExactly(overview + "/closing-report.pdf", overview + "/closing-report.xlsx");
        StoredRegister pdf = ArchivedReports.fetch(screen, archive, alta, links.get(0), id);
        assertThat(pdf.kind()).isEqualTo(RegisterKind.CLOSING_PDF);
        String text = RegisterFiles.normal(RegisterFiles.pdfText(RegisterFiles.bytes(archive, pdf)));
        assertThat(text).contains("Informe de cierre del periodo", "Cierre del periodo 2025", risk.getCode(),
                done.getCode(), dropped.getCode(), "Bajó", "Implementada", "Dada de baja",
                "La norma que la exigía fue derogada", "bajó en 1, se mantuvo en 0 y subió en 0",
                "Medidas: 2; 1 implementadas (50 %), 0 continúan en el periodo siguiente, 1 dadas de baja",
                conductor.fullName(), pdf.displayCode());
        assertThat(ArchivedReports.fetch(screen, archive, crew.team().tecnico(), links.get(0), id).id())
                .as("the same archived report, whoever asks again").isEqualTo(pdf.id());

        StoredRegister xlsx = ArchivedReports.fetch(screen, archive, conductor, links.get(1), id);
        try (XSSFWorkbook wb = RegisterFiles.workbook(RegisterFiles.bytes(archive, xlsx))) {
            assertThat(RegisterFiles.strings(wb.getSheet("Riesgos al cierre"))).contains(risk.getCode(), "Bajó");
            assertThat(RegisterFiles.strings(wb.getSheet("Medidas al cierre")))
                    .contains(done.getCode(), "Implementada", "Dada de baja", "La norma que la exigía fue derogada");
            assertThat(RegisterFiles.strings(wb.getSheet("Ciclos"))).contains(conductor.fullName());
            assertThat(wb.getProperties().getCustomProperties().getProperty("CodigoVerificacion").getLpwstr())
                    .isEqualTo(xlsx.verificationCode());
        }

        String verified = Screen.parse(mvc.perform(MockMvcRequestBuilders.get("/verificar")
                .param("codigo", pdf.verificationCode())).andReturn()).select("main").text();
        assertThat(verified).contains("Registro auténtico", "Informe de cierre del periodo");

        assertThat(screen.status(alta, overview + "/closing-report.doc")).isEqualTo(404);
        CurrentUser stranger = walks.crew().team().conductor();
        assertThat(screen.status(stranger, links.get(0))).as("another entity's Conductor").isEqualTo(403);
        assertThat(archive.ofAssessment(id)).filteredOn(d -> d.kind().closing()).hasSize(2);
    }
}
