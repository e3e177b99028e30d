package pe.integrity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.SipDecision;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.web.AccessibilityTest;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.ReviewSteps;
import pe.integrity.workflow.StepStatus;
import pe.integrity.workflow.WorkflowSteps;

/**
 * "Subsanar observaciones" through its page: what the Conductor is shown before resubmitting, the confirmation,
 * who may do it, and a second confirmation of the same task.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionWebTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext ctx;
    @Autowired UserDetailsService details;
    @Autowired ReviewSteps review;
    @Autowired Observations observations;
    @Autowired TreatmentPlanning treatment;
    @Autowired Assessments assessments;
    @Autowired WorkflowSteps steps;

    /** Observed by SIP and left so: nobody in the matrix below may complete its correction. */
    AssessmentJourney observed;
    String taskId;
    final Map<String, CurrentUser> users = new HashMap<>();

    @BeforeAll
    void anObservedAssessment() {
        observed = observe(AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones"));
        taskId = observed.tasks(observed.team.conductor(), AssessmentProcess.CORRECT_OBSERVATIONS).get(0).id();
        for (String name : List.of("admin", "sip.revisor", "auditor")) {
            users.put(name, load(name));
        }
        users.put("conductor", observed.team.conductor());
        users.put("alta", observed.team.alta());
        users.put("tecnico", observed.team.tecnico());
        users.put("consultivo", observed.team.consultivo());
        users.put("otherEntityConductor", AssessmentJourney.open(ctx, 2025).team.conductor());
    }

    /**
     * Who reads the page, who sees the confirm form, what a confirmation does. The Conductor's confirmation
     * is refused (200, form again) because observations are open and no comment explains them; all others
     * are refused outright. 302 for anonymous means the login page.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "anonymous,            302, false, 302",
        "admin,                200, false, 403",
        "sip.revisor,          200, false, 403",
        "auditor,              200, false, 403",
        "alta,                 200, false, 403",
        "tecnico,              200, false, 403",
        "consultivo,           200, false, 403",
        "otherEntityConductor, 403, false, 403",
        "conductor,            200, true,  200"
    })
    void whoReadsAndWhoConfirms(String who, int read, boolean form, int confirm) throws Exception {
        String page = "/assessments/" + observed.assessmentId + "/correction";
        MvcResult got = perform(who, get(page));
        assertThat(got.getResponse().getStatus()).as("GET").isEqualTo(read);
        if (read == 200) {
            assertThat(parse(got).select("form[action$=/correction] input[name=taskId]").isEmpty()).as("form")
                    .isEqualTo(!form);
        }
        MvcResult posted = perform(who, post(page).param("taskId", taskId).param("comment", ""));
        assertThat(posted.getResponse().getStatus()).as("POST").isEqualTo(confirm);
        if (confirm == 200) {
            assertThat(parse(posted).select(".error-summary").text())
                    .contains("Quedan observaciones pendientes");
        }
        assertThat(observed.assessment().getStage()).isEqualTo(AssessmentStage.CORRECTION);
    }

    @Test
    void theConductorSeesWhatWillBeSentConfirmsItAndTheAssessmentGoesBackToAltaDireccion() throws Exception {
        AssessmentJourney journey = observe(AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones"));
        CurrentUser conductor = journey.team.conductor();
        Long id = journey.assessmentId;
        String page = "/assessments/" + id + "/correction";

        // the way there: the inbox, the overview and the observations page all lead to the correction page
        assertThat(page(conductor, "/tasks").select("a[href=" + page + "]")).isNotEmpty();
        assertThat(page(conductor, "/assessments/" + id).select("a[href=" + page + "]")).isNotEmpty();
        assertThat(page(conductor, "/assessments/" + id + "/observations").select("a[href=" + page + "]")).isNotEmpty();

        // a correction: a new measure for the observed risk
        Risk risk = journey.risks().get(0);
        treatment.addMeasure(conductor, risk.getId(), AssessmentJourney.measure("Rotar a los miembros del comité"));
        Document before = page(conductor, page);
        assertThat(before.select("ul.changes li.new").text()).contains("Nuevo").contains("Rotar a los miembros del comité");
        assertThat(before.select("#open li").eachText()).hasSize(2);
        assertThat(before.select("#resolved li")).isEmpty();

        // open observations and no comment: refused, nothing moves
        MvcResult refused = perform(conductor, post(page).param("taskId", confirmTaskId(before)).param("comment", ""));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Document refusedPage = parse(refused);
        assertThat(refusedPage.select("#comment-error").text()).contains("Quedan observaciones pendientes");
        assertThat(refusedPage.select(".error-summary a").eachAttr("href")).containsExactly("#comment");
        AccessibilityTest.assertAccessible("correction page with an error", refusedPage);
        AccessibilityTest.assertAccessible("correction page", before);
        assertThat(journey.assessment().getStage()).isEqualTo(AssessmentStage.CORRECTION);

        // both marked resolved on the observations page: the correction page lists them as resolved
        for (ObservationView o : observations.ofAssessment(conductor, id)) {
            assertThat(perform(conductor, post("/assessments/" + id + "/observations/" + o.id() + "/resolve")
                    .param("resolved", "true")).getResponse().getStatus()).isEqualTo(302);
        }
        Document ready = page(conductor, page);
        assertThat(ready.select("#resolved li")).hasSize(2);
        assertThat(ready.select("#open li")).isEmpty();
        String task = confirmTaskId(ready);

        MvcResult sent = perform(conductor, post(page).param("taskId", task).param("comment", "Se agregó la rotación"));
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/assessments/" + id);
        assertThat(journey.assessment().getStage()).isEqualTo(AssessmentStage.INTERNAL_APPROVAL);
        assertThat(journey.tasks(journey.team.alta(), AssessmentProcess.APPROVE_ASSESSMENT)).hasSize(1);

        // the journal and the step list name the Conductor, not an administrator
        AssessmentEvent last = assessments.journal(conductor, id).stream()
                .filter(e -> e.getType() == AssessmentEvent.Type.CORRECTED)
                .findFirst()
                .orElseThrow();
        assertThat(last.getActorUsername()).isEqualTo(conductor.username());
        assertThat(last.getComment()).isEqualTo("Se agregó la rotación");
        StepStatus correction = steps.steps(conductor, id).stream()
                .filter(s -> s.key().equals(AssessmentProcess.CORRECT_OBSERVATIONS))
                .findFirst()
                .orElseThrow();
        assertThat(correction.completedBy()).isEqualTo(conductor.username());
        assertThat(page(conductor, "/assessments/" + id).select("table.steps tr:contains(Subsanar observaciones)").text())
                .contains(conductor.fullName());

        // the same confirmation again (a second tab): 409 with a plain message, nothing changes
        MvcResult again = perform(conductor, post(page).param("taskId", task).param("comment", "otra vez"));
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(parse(again).text()).contains("ya fue completada").doesNotContain("Exception");
        assertThat(assessments.journal(conductor, id).stream()
                .filter(e -> e.getType() == AssessmentEvent.Type.CORRECTED)).hasSize(1);
    }

    /** An observation leads to the page where its risk or measure is edited, not to an anchor that does not exist. */
    @Test
    void observationsLinkToWhereTheirRiskOrMeasureIsFixed() throws Exception {
        CurrentUser conductor = observed.team.conductor();
        Long id = observed.assessmentId;
        String risk = "/assessments/" + id + "/risks/" + observed.risks().get(0).getId();
        String measure = "/assessments/" + id + "/measures/" + observed.measures().get(0).getId();
        for (String page : List.of("/assessments/" + id + "/observations", "/assessments/" + id + "/correction")) {
            Document d = page(conductor, page);
            assertThat(d.select("a[href=" + risk + "]")).as(page).isNotEmpty();
            assertThat(d.select("a[href=" + measure + "]")).as(page).isNotEmpty();
            assertThat(d.select("a[href*=#]").eachAttr("href")).as(page).noneMatch(h -> h.contains("#risk-") || h.contains("#measure-"));
        }
        // and there the Conductor, correcting, finds the form that saves it
        assertThat(page(conductor, risk).select("form[action=" + risk + "] textarea[name=statement]")).hasSize(1);
        assertThat(page(conductor, measure).select("form[action=" + measure + "] textarea[name=indicator]")).hasSize(1);
    }

    @Test
    void thePageSpeaksEnglishToo() throws Exception {
        Document en = page(observed.team.conductor(), "/assessments/" + observed.assessmentId + "/correction?lang=en");
        assertThat(en.text()).contains("What changed since submission 1", "Open observations (2)",
                "Confirm and send to Alta Dirección").doesNotContain("??");
        assertThat(en.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void aTaskIdOfAnotherStepIsNotThisPagesToComplete() throws Exception {
        AssessmentJourney journey = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        // the reviewer's task id posted to the correction page by the Conductor: not found, not completed
        String review = journey.reviewTask(load("sip.revisor")).id();
        MvcResult r = perform(journey.team.conductor(),
                post("/assessments/" + journey.assessmentId + "/correction").param("taskId", review).param("comment", "x"));
        assertThat(r.getResponse().getStatus()).isIn(403, 404);
        assertThat(journey.assessment().getStage()).isEqualTo(AssessmentStage.SIP_REVIEW);
    }

    private AssessmentJourney observe(AssessmentJourney journey) {
        CurrentUser sip = load("sip.revisor");
        review.decide(sip, journey.reviewTask(sip).id(), SipDecision.OBSERVED,
                List.of(ObservationForm.onRisk(journey.risks().get(0).getId(), "Precise las causas."),
                        ObservationForm.onMeasure(journey.measures().get(0).getId(), "El indicador no es medible.")));
        return journey;
    }

    private Document page(CurrentUser who, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as("GET " + url).isEqualTo(200);
        return parse(r);
    }

    private MvcResult perform(String who, MockHttpServletRequestBuilder request) throws Exception {
        if (!"anonymous".equals(who)) {
            request.with(user(users.get(who)));
        }
        return mvc.perform(request.with(csrf())).andReturn();
    }

    private MvcResult perform(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn();
    }

    private static Document parse(MvcResult r) throws Exception {
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private CurrentUser load(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }

    /** The task id the page's confirm form carries. */
    private static String confirmTaskId(Document page) {
        return page.selectFirst("form[action$=/correction] input[name=taskId]").val();
    }
}
