package pe.integrity.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.TaskView;

/**
 * The caller's tasks and their completion through the API, on a fresh team's assessment: the inbox's tasks, the step's
 * own rule (gaps, decision, comment) refusing with the task left open, 403 for people of another entity, auditors and
 * SIP on an entity's step, 409 once the task is done.
 */
@IntegrationTest
class ApiTaskTest {

    @Autowired ApplicationContext ctx;
    @Autowired ScopeEditing scope;
    @Autowired Assessments assessments;

    @Test
    void aStepIsCompletedThroughTheApiWithTheRulesOfItsPageAndOnlyByWhoHoldsIt() throws Exception {
        ApiCalls api = new ApiCalls(ctx);
        AssessmentJourney journey = AssessmentJourney.open(ctx, LocalDate.now().getYear());
        String conductor = api.token(journey.team.conductor());
        TaskView prepare = journey.tasks(journey.team.conductor(), AssessmentProcess.PREPARE_SCOPE).get(0);

        JsonNode inbox = api.ok(conductor, "/api/v1/tasks?size=100");
        assertThat(inbox.get("items")).anySatisfy(t -> {
            assertThat(t.get("id").asText()).isEqualTo(prepare.id());
            assertThat(t.get("key").asText()).isEqualTo(AssessmentProcess.PREPARE_SCOPE);
            assertThat(t.get("assessmentId").asLong()).isEqualTo(journey.assessmentId);
        });
        assertThat(ids(api.ok(conductor, "/api/v1/tasks?assessmentId=" + journey.assessmentId))).containsExactly(prepare.id());
        JsonNode past = api.ok(conductor, "/api/v1/tasks?size=1&page=999");
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asLong()).isEqualTo(inbox.get("total").asLong());

        String url = "/api/v1/tasks/" + prepare.id() + "/complete";
        String foreign = api.token("conductor.cusco");
        api.problem(api.get(foreign, "/api/v1/tasks?assessmentId=" + journey.assessmentId), 403);
        for (String outsider : List.of(foreign, api.token("auditor"), api.token("sip.revisor"), api.token(journey.team.alta()))) {
            api.problem(api.post(outsider, url, Map.of()), 403);
        }
        api.problem(api.post(null, url, Map.of()), 401);
        api.problem(api.get(null, "/api/v1/tasks"), 401);

        // the scope has no process yet: the step's own gap, the task stays open
        JsonNode incomplete = api.problem(api.post(conductor, url, Map.of()), 422);
        assertThat(incomplete.at("/gaps/0/code").asText()).isEqualTo("gap.scope.noProcess");
        assertThat(incomplete.at("/gaps/0/message").asText()).isNotBlank().doesNotContain("gap.scope");
        JsonNode unprintable = api.problem(api.post(conductor, url, Map.of("comment", "listo\u0007")), 400);
        assertThat(ApiCalls.fields(unprintable)).containsExactly("comment");
        assertThat(journey.tasks(journey.team.conductor(), AssessmentProcess.PREPARE_SCOPE)).hasSize(1);

        addProcess(journey, "Contrataciones");
        assertThat(api.postNothing(conductor, url).getResponse().getStatus()).as("a plain step needs no body").isEqualTo(204);
        assertThat(journey.tasks(journey.team.conductor(), AssessmentProcess.PREPARE_SCOPE)).isEmpty();
        api.problem(api.post(conductor, url, Map.of()), 409);

        // Alta Dirección's decision on the scope: a decision is required, a return needs its comment
        String alta = api.token(journey.team.alta());
        TaskView approve = journey.tasks(journey.team.alta(), AssessmentProcess.APPROVE_SCOPE).get(0);
        String decide = "/api/v1/tasks/" + approve.id() + "/complete";
        api.problem(api.post(conductor, decide, Map.of("outcome", "APPROVE")), 403);
        assertThat(ApiCalls.fields(api.problem(api.post(alta, decide, Map.of()), 400))).containsExactly("outcome");
        assertThat(ApiCalls.fields(api.problem(api.post(alta, decide, Map.of("outcome", "MAYBE")), 400)))
                .containsExactly("outcome");
        JsonNode noComment = api.problem(api.post(alta, decide, Map.of("outcome", "RETURN")), 400);
        assertThat(ApiCalls.fields(noComment)).containsExactly("comment");
        assertThat(noComment.at("/errors/0/message").asText()).isNotBlank().doesNotContain("step.comment");
        assertThat(ApiCalls.fields(api.problem(api.post(alta, decide, "{not json"), 400))).containsExactly("body");
        assertThat(journey.tasks(journey.team.alta(), AssessmentProcess.APPROVE_SCOPE)).hasSize(1);
        assertThat(assessments.find(journey.assessmentId).getStage()).isEqualTo(AssessmentStage.SCOPE_APPROVAL);

        MvcResult approved = api.post(alta, decide, Map.of("outcome", "APPROVE"));
        assertThat(approved.getResponse().getStatus()).isEqualTo(204);
        assertThat(assessments.find(journey.assessmentId).getStage()).isEqualTo(AssessmentStage.IDENTIFICATION);
        JsonNode steps = api.ok(alta, "/api/v1/assessments/" + journey.assessmentId).get("steps");
        assertThat(steps.get(1).get("key").asText()).isEqualTo(AssessmentProcess.APPROVE_SCOPE);
        assertThat(steps.get(1).get("state").asText()).isEqualTo("DONE");
        assertThat(steps.get(1).get("completedBy").asText()).isEqualTo(journey.team.alta().username());
    }

    private void addProcess(AssessmentJourney journey, String name) {
        ScopeProcessForm f = new ScopeProcessForm();
        f.setName(name);
        f.setPrioritisationReason("Exposición a terceros y presupuesto alto");
        f.setOwnerUsername(journey.team.tecnico().username());
        f.setResponsibleUnit("Unidad de " + name);
        scope.addProcess(journey.team.conductor(), journey.assessmentId, f);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }
}
