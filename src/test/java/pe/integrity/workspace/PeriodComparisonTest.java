package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.ProgressForm;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.NextPeriod;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/**
 * Year over year through the screens: the next period's overview links to its comparison with the previous one,
 * which shows each risk as new, changed or unchanged with last period's levels beside this period's, and the
 * measure that continues with the progress it reached; whoever may read the assessment reads it, nobody else.
 */
@IntegrationTest
class PeriodComparisonTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired NextPeriod nextPeriod;
    @Autowired RiskIdentification identification;
    @Autowired FollowUpReporting followUp;

    @Test
    void theNextPeriodIsComparedWithTheLastRiskByRisk() throws Exception {
        Walks walks = new Walks(context);
        Screen screen = new Screen(mvc);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk first = assessments.risks(conductor, id).get(0);
        walks.addMeasure(conductor, first.getId());
        walks.advance(crew, id, AssessmentStage.FOLLOW_UP);
        walks.fireNextReportTimer(id);
        Measure measure = assessments.measures(conductor, id).get(0);
        ProgressForm progress = new ProgressForm();
        progress.setStatus(MeasureStatus.IN_PROGRESS);
        progress.setProgress(40);
        progress.setComment("Primer avance");
        progress.setVersion(measure.getVersion());
        followUp.report(conductor, measure.getId(), progress);
        Risk before = assessments.risks(conductor, id).get(0);

        Long next = nextPeriod.start(conductor, id, 2026).getId();
        walks.advance(crew, next, AssessmentStage.IDENTIFICATION);
        Risk copy = assessments.risks(conductor, next).get(0);
        RiskForm reworded = RiskForm.of(copy);
        reworded.setStatement("Posibilidad de direccionar la selección de postores mediante requisitos a medida");
        identification.update(crew.team().tecnico(), copy.getId(), reworded);
        walks.advance(crew, next, AssessmentStage.EVALUATION); // the identification step adds a new risk

        Document overview = screen.page(conductor, "/assessments/" + next);
        String link = overview.select("a:contains(Comparar con el periodo anterior)").attr("href");
        assertThat(link).isEqualTo("/assessments/" + next + "/compare");
        Document page = screen.page(conductor, link);
        assertThat(page.select("h1").text()).isEqualTo("Periodo 2026 frente a 2025");
        List<Risk> now = assessments.risks(conductor, next);
        assertThat(page.select("#comparison tbody tr")).hasSize(now.size());
        String line = page.select("#line-" + copy.getCode()).text();
        assertThat(line).contains("Modificado").contains("requisitos a medida")
                .contains("Antes:").contains(before.getStatement())
                .contains("40 % de avance").contains(measure.getCode());
        long added = now.stream().filter(r -> r.getSourceRiskId() == null).count();
        assertThat(added).isPositive();
        long carried = assessments.measures(conductor, next).stream().filter(m -> m.getCarriedFromId() != null).count();
        assertThat(carried).as("the measures not implemented at close continue").isEqualTo(2);
        assertThat(page.select("#counts").text()).contains("Riesgos nuevos: " + added + "; modificados: 1")
                .contains("Medidas que continúan del periodo anterior: " + carried);

        for (CurrentUser reader : List.of(crew.team().alta(), walks.user("auditor"), walks.user("sip.revisor"))) {
            assertThat(screen.status(reader, link)).as(reader.username()).isEqualTo(200);
        }
        assertThat(screen.status(walks.crew().team().conductor(), link)).as("another entity").isIn(403, 404);
        assertThat(screen.status(conductor, "/assessments/" + id + "/compare")).as("a first period").isEqualTo(404);
    }
}
