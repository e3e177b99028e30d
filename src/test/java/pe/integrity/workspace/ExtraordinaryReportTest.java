package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.WorkflowSteps;

/**
 * The Conductor asks for a progress report before the cycle ends: the owners get "Reportar avance" at once and the
 * journal says who asked and why. Without a reason, or while a report is already asked for, the request is refused
 * with a message and changes nothing; nobody but the entity's Conductor may ask.
 */
@IntegrationTest
class ExtraordinaryReportTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired WorkflowSteps workflowSteps;

    @Test
    void theConductorAsksForAReportNowWithAReasonAndTheOwnersGetTheTask() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.FOLLOW_UP);
        String followUp = "/assessments/" + id + "/follow-up";
        String ask = followUp + "/extraordinary";
        Screen screen = new Screen(mvc);
        assertThat(walks.open(tecnico, id, AssessmentProcess.REPORT_PROGRESS)).as("the cycle is waiting").isEmpty();
        assertThat(screen.page(tecnico, followUp).select("#extraordinary")).as("only the Conductor asks").isEmpty();

        Document blank = Screen.parse(screen.send(conductor, form(screen, conductor, ask), "reason", "   "));
        assertThat(blank.select(".error-summary").text()).contains("Motivo del reporte extraordinario",
                "Escriba el motivo del reporte extraordinario");
        assertThat(asked(conductor, id)).isEmpty();
        assertThat(waiting(id)).as("nothing changed in the engine").isTrue();

        for (CurrentUser refused : List.of(tecnico, crew.team().alta(), walks.user("sip.revisor"),
                walks.user("auditor"), walks.crew().team().conductor())) {
            assertThat(screen.post(refused, ask, "reason", "Auditoría").getResponse().getStatus())
                    .as(refused.username()).isEqualTo(403);
        }
        assertThat(asked(conductor, id)).isEmpty();

        MvcResult done = screen.send(conductor, form(screen, conductor, ask), "reason", "Auditoría de la Contraloría");
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo(followUp);
        assertThat(walks.open(tecnico, id, AssessmentProcess.REPORT_PROGRESS)).as("the owners report now").isNotEmpty();
        assertThat(waiting(id)).isFalse();
        assertThat(asked(conductor, id)).singleElement().satisfies(e -> {
            assertThat(e.getActorUsername()).isEqualTo(conductor.username());
            assertThat(e.getComment()).isEqualTo("Auditoría de la Contraloría");
        });
        assertThat(screen.page(conductor, followUp).select("#extraordinary")).as("nothing left to ask for").isEmpty();

        Document again = Screen.parse(screen.post(conductor, ask, "reason", "Otra vez"));
        assertThat(again.select(".error-summary").text()).contains("ya se está pidiendo");
        assertThat(asked(conductor, id)).as("the refused request left no journal entry").hasSize(1);

        walks.complete(conductor, id, AssessmentProcess.REPORT_PROGRESS, null, null);
        assertThat(waiting(id)).as("the next cycle counts from this report").isTrue();
    }

    private static Element form(Screen screen, CurrentUser who, String action) throws Exception {
        Document page = screen.page(who, action.substring(0, action.lastIndexOf('/')));
        return page.selectFirst("form[action=" + action + "]");
    }

    private List<AssessmentEvent> asked(CurrentUser reader, Long id) {
        return assessments.journal(reader, id).stream()
                .filter(e -> e.getType() == AssessmentEvent.Type.EXTRAORDINARY_REPORT_ASKED).toList();
    }

    private boolean waiting(Long id) {
        return workflowSteps.nextFollowUpReport(assessments.find(id).getProcessInstanceId()).isPresent();
    }
}
