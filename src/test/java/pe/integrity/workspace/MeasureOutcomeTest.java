package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpFrequency;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureOutcome;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.NextPeriod;
import pe.integrity.assessment.ProgressForm;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/**
 * What becomes of each measure when the period closes, decided on the closing page: implemented ones stay done; one
 * not implemented is carried over into the next period's plan with the progress it reached unless the Conductor
 * drops it with a reason. Refusals say why and change nothing; only the Conductor decides.
 */
@IntegrationTest
class MeasureOutcomeTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired FollowUpReporting reporting;
    @Autowired NextPeriod nextPeriod;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theNextPeriodStartsFromTheMeasuresRealState() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk risk = assessments.risks(conductor, id).get(0);
        walks.addMeasure(conductor, risk.getId());
        walks.addMeasure(conductor, risk.getId());
        walks.advance(crew, id, AssessmentStage.FOLLOW_UP);
        walks.fireNextReportTimer(id);
        List<Measure> planned = assessments.measures(conductor, id);
        assertThat(planned).hasSize(3);
        report(conductor, planned.get(0), MeasureStatus.IMPLEMENTED, 100);
        report(conductor, planned.get(1), MeasureStatus.IN_PROGRESS, 60);
        walks.advance(crew, id, AssessmentStage.CLOSING);
        List<Measure> atClose = assessments.measures(conductor, id); // as reported, with their current versions
        Measure implemented = atClose.get(0);
        Measure carried = atClose.get(1);
        Measure dropped = atClose.get(2);

        Screen screen = new Screen(mvc);
        String riskUrl = "/assessments/" + id + "/closing/" + risk.getId();
        Document page = screen.page(conductor, riskUrl);
        assertThat(page.select("#measure-" + implemented.getId() + " form")).as("nothing to decide").isEmpty();
        assertThat(page.select("#measure-" + carried.getId()).text()).contains("Continúa en el periodo siguiente");
        String dropUrl = riskUrl + "/measures/" + dropped.getId();
        String version = String.valueOf(dropped.getVersion());

        Document noReason = Screen.parse(screen.post(conductor, dropUrl, "outcome", "DROPPED", "reason", " ",
                "version", version));
        assertThat(noReason.select("#measure-" + dropped.getId() + " .error-summary").text())
                .contains("Escriba el motivo para dar de baja la medida");
        assertThat(outcome(conductor, id, dropped)).isEqualTo(MeasureOutcome.CARRIED_OVER);
        Document done = Screen.parse(screen.post(conductor, riskUrl + "/measures/" + implemented.getId(),
                "outcome", "DROPPED", "reason", "x", "version", String.valueOf(implemented.getVersion())));
        assertThat(done.select(".error-summary").text()).contains("ya está implementada");
        for (CurrentUser intruder : List.of(tecnico, crew.team().alta(), walks.user("auditor"),
                walks.crew().team().conductor())) {
            assertThat(screen.post(intruder, dropUrl, "outcome", "DROPPED", "reason", "No", "version", version)
                    .getResponse().getStatus()).as(intruder.username()).isIn(403, 404);
        }
        assertThat(outcome(conductor, id, dropped)).isEqualTo(MeasureOutcome.CARRIED_OVER);

        assertThat(screen.post(conductor, dropUrl, "outcome", "DROPPED", "reason", "La norma que la exigía fue derogada",
                "version", version).getResponse().getStatus()).isEqualTo(302);
        assertThat(outcome(conductor, id, dropped)).isEqualTo(MeasureOutcome.DROPPED);
        Element line = screen.page(conductor, riskUrl).selectFirst("#measure-" + dropped.getId());
        assertThat(line.text()).contains("Dada de baja", "La norma que la exigía fue derogada");

        jdbc.update("UPDATE assessment SET follow_up_months = 4 WHERE id = ?", id); // as a campaign would have set
        Long next = nextPeriod.start(conductor, id, 2026).getId();
        assertThat(assessments.get(conductor, next).getFollowUpFrequency())
                .as("the next period keeps the follow-up frequency SIP chose").isEqualTo(FollowUpFrequency.FOUR_MONTHLY);
        List<Measure> copied = assessments.measures(conductor, next);
        assertThat(copied).as("only the carried-over measure continues").singleElement().satisfies(m -> {
            assertThat(m.getCarriedFromId()).isEqualTo(carried.getId());
            assertThat(m.getDescription()).isEqualTo(carried.getDescription());
            assertThat(m.getStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
            assertThat(m.getProgress()).isEqualTo(60);
            assertThat(m.getRisk().getCode()).isEqualTo(risk.getCode());
        });
        Long copiedRisk = copied.get(0).getRisk().getId();
        assertThat(screen.page(conductor, "/assessments/" + next + "/treatment/" + copiedRisk).select("main .tag").text())
                .as("the plan says where the measure comes from").contains("Continúa del periodo anterior (60 % de avance)");
    }

    private void report(CurrentUser who, Measure m, MeasureStatus status, int progress) {
        ProgressForm f = new ProgressForm();
        f.setStatus(status);
        f.setProgress(progress);
        f.setComment("Avance " + progress);
        f.setVersion(m.getVersion());
        reporting.report(who, m.getId(), f);
    }

    private MeasureOutcome outcome(CurrentUser reader, Long id, Measure m) {
        return assessments.measures(reader, id).stream().filter(x -> x.getId().equals(m.getId())).findFirst()
                .orElseThrow().outcome();
    }
}
