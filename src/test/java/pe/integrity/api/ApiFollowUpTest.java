package pe.integrity.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/**
 * SIP's review and then follow-up through the API, on a fresh team's assessment: the review's rules (a decision,
 * observations for OBSERVED, known targets) refuse with nothing decided; a progress report follows the follow-up
 * screen's rules (who may report, the form's constraints and texts, status and progress agreeing, the version read)
 * and a refused one saves nothing; the reports are read back by cycle. After SIP's observations, the entity's
 * correction goes back through the API with the correction page's rule (a comment while observations are open).
 */
@IntegrationTest
class ApiFollowUpTest {

    @Autowired ApplicationContext ctx;
    @Autowired Assessments assessments;
    @Autowired FollowUpReporting followUp;
    @Autowired WorkflowTasks workflow;

    @Test
    void sipDecidesThroughTheApiThenTheEntityReportsProgressWithTheFollowUpScreensRules() throws Exception {
        ApiCalls api = new ApiCalls(ctx);
        AssessmentJourney journey = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toSipReview("Contrataciones");
        Long id = journey.assessmentId;
        CurrentUser reviewer = api.person("sip.revisor");
        String sip = api.token(reviewer);
        String conductor = api.token(journey.team.conductor());
        TaskView review = journey.reviewTask(reviewer);
        String decide = "/api/v1/tasks/" + review.id() + "/complete";

        api.problem(api.post(conductor, decide, Map.of("outcome", "APPROVED")), 403);
        api.problem(api.post(api.token("auditor"), decide, Map.of("outcome", "APPROVED")), 403);
        assertThat(ApiCalls.fields(api.problem(api.post(sip, decide, Map.of()), 400))).containsExactly("outcome");
        assertThat(ApiCalls.fields(api.problem(api.post(sip, decide, Map.of("outcome", "OBSERVED")), 400)))
                .containsExactly("observations");
        Map<String, Object> unknownTarget = Map.of("outcome", "OBSERVED",
                "observations", List.of(Map.of("target", "RISK:999999999", "text", "Precise la causa")));
        assertThat(ApiCalls.fields(api.problem(api.post(sip, decide, unknownTarget), 400)))
                .containsExactly("observations[0].target");
        assertThat(assessments.find(id).getStage()).isEqualTo(AssessmentStage.SIP_REVIEW);

        assertThat(api.post(sip, decide, Map.of("outcome", "APPROVED")).getResponse().getStatus()).isEqualTo(204);
        workflow.runPendingJobs(id);
        assertThat(assessments.find(id).getStage()).isEqualTo(AssessmentStage.FOLLOW_UP);

        Measure measure = journey.measures().get(0);
        String reports = "/api/v1/assessments/" + id + "/measures/" + measure.getId() + "/reports";
        Map<String, Object> valid = report("IN_PROGRESS", 40, "Actas del primer trimestre publicadas", measure.getVersion());
        for (String outsider : List.of(api.token("auditor"), sip, api.token("conductor.cusco"),
                api.token(journey.team.consultivo()))) {
            api.problem(api.post(outsider, reports, valid), 403);
        }
        api.problem(api.post(null, reports, valid), 401);

        assertThat(ApiCalls.fields(api.problem(api.post(conductor, reports, Map.of()), 400)))
                .containsExactlyInAnyOrder("status", "progress", "version");
        JsonNode wrongValues = api.problem(api.post(conductor, reports, report("DONE", 150, "x\u0007", measure.getVersion())), 400);
        assertThat(ApiCalls.fields(wrongValues)).containsExactlyInAnyOrder("status", "progress", "comment");
        assertThat(wrongValues.at("/errors/0/message").asText()).contains("IN_PROGRESS");
        JsonNode disagree = api.problem(api.post(conductor, reports, report("NOT_STARTED", 50, null, measure.getVersion())), 400);
        assertThat(ApiCalls.fields(disagree)).containsExactly("progress");
        assertThat(disagree.at("/errors/0/message").asText()).doesNotContain("followUp.");
        api.problem(api.post(conductor, reports, report("IN_PROGRESS", 40, null, measure.getVersion() - 1)), 409);
        api.problem(api.postText(conductor, reports, "status=IN_PROGRESS&progress=40"), 415);
        assertThat(followUp.history(List.of(measure.getId()))).as("nothing saved by a refusal").isEmpty();
        assertThat(journey.measures().get(0).getStatus()).isEqualTo(MeasureStatus.NOT_STARTED);

        JsonNode saved = api.ok(conductor, reports); // still empty before the report
        assertThat(saved.get("total").asInt()).isZero();
        var result = api.post(conductor, reports, valid);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode after = ApiCalls.body(result);
        assertThat(after.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(after.get("progress").asInt()).isEqualTo(40);
        assertThat(after.get("version").asLong()).isGreaterThan(measure.getVersion());

        // the process owner reports too; both reports are kept, oldest first, in the open cycle
        String tecnico = api.token(journey.team.tecnico());
        var second = api.post(tecnico, reports, report("IMPLEMENTED", 100, null, after.get("version").asLong()));
        assertThat(second.getResponse().getStatus()).as(second.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode history = api.ok(api.token("auditor"), reports);
        assertThat(history.get("total").asInt()).isEqualTo(2);
        assertThat(history.at("/items/0/progress").asInt()).isEqualTo(40);
        assertThat(history.at("/items/0/reportedBy").asText()).isEqualTo(journey.team.conductor().username());
        assertThat(history.at("/items/0/comment").asText()).isEqualTo("Actas del primer trimestre publicadas");
        assertThat(history.at("/items/1/reportedBy").asText()).isEqualTo(journey.team.tecnico().username());
        assertThat(history.at("/items/0/cycle").asInt()).isEqualTo(followUp.openCycle(id));
        assertThat(api.ok(conductor, reports + "?cycle=" + (followUp.openCycle(id) + 1)).get("total").asInt()).isZero();
        assertThat(api.ok(conductor, reports + "?size=1&page=1").at("/items/0/progress").asInt()).isEqualTo(100);

        // a measure is read under its own assessment only
        CurrentUser cusco = api.person("conductor.cusco");
        Long other = assessments.ofEntity(cusco, cusco.entityId()).get(0).getId();
        api.problem(api.get(api.token("auditor"), "/api/v1/assessments/" + other + "/measures/" + measure.getId()
                + "/reports"), 404);
        api.problem(api.get(conductor, "/api/v1/assessments/" + id + "/measures/999999999/reports"), 404);
    }

    @Test
    void sipObservesThroughTheApiAndTheEntityResubmitsWithTheCorrectionPagesRule() throws Exception {
        ApiCalls api = new ApiCalls(ctx);
        AssessmentJourney journey = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toSipReview("Tesorería");
        Long id = journey.assessmentId;
        CurrentUser reviewer = api.person("sip.revisor");
        String observe = "/api/v1/tasks/" + journey.reviewTask(reviewer).id() + "/complete";
        Map<String, Object> observed = Map.of("outcome", "OBSERVED",
                "observations", List.of(Map.of("target", "ASSESSMENT", "text", "Falta el contexto de la entidad")));
        assertThat(api.post(api.token(reviewer), observe, observed).getResponse().getStatus()).isEqualTo(204);
        assertThat(assessments.find(id).getStage()).isEqualTo(AssessmentStage.CORRECTION);

        String conductor = api.token(journey.team.conductor());
        TaskView correction = journey.tasks(journey.team.conductor(), AssessmentProcess.CORRECT_OBSERVATIONS).get(0);
        String resubmit = "/api/v1/tasks/" + correction.id() + "/complete";
        api.problem(api.post(api.token("auditor"), resubmit, Map.of("comment", "Corregido")), 403);
        api.problem(api.post(api.token(reviewer), resubmit, Map.of("comment", "Corregido")), 403);
        // an observation is still open: the correction page asks for a comment that explains it
        JsonNode refused = api.problem(api.postNothing(conductor, resubmit), 400);
        assertThat(ApiCalls.fields(refused)).containsExactly("comment");
        assertThat(assessments.find(id).getStage()).isEqualTo(AssessmentStage.CORRECTION);

        MvcResult sent = api.post(conductor, resubmit, Map.of("comment", "El contexto se describe en el alcance"));
        assertThat(sent.getResponse().getStatus()).as(sent.getResponse().getContentAsString()).isEqualTo(204);
        assertThat(assessments.find(id).getStage()).isEqualTo(AssessmentStage.INTERNAL_APPROVAL);
        assertThat(journey.tasks(journey.team.alta(), AssessmentProcess.APPROVE_ASSESSMENT)).hasSize(1);
    }

    private static Map<String, Object> report(String status, int progress, String comment, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("progress", progress);
        body.put("comment", comment);
        body.put("version", version);
        return body;
    }
}
