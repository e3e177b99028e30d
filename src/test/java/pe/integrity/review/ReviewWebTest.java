package pe.integrity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.SipDecision;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.Browser;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.ReviewSteps;

/**
 * The review screens over HTTP: who reaches each endpoint (every role, another entity's people, anonymous),
 * and the decision form as a reviewer uses it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewWebTest {

    @Autowired MockMvc mvc;
    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired UserDetailsService details;
    @Autowired ReviewSteps review;
    @Autowired Observations observations;
    @Autowired ScoringSchemes schemes;
    /** Only to move a due date into the past; the application itself never touches the engine outside workflow. */
    @Autowired org.camunda.bpm.engine.TaskService engineTasks;
    @Autowired RiskIdentification identification;
    @Autowired TreatmentPlanning treatment;

    /** Waiting for SIP: its review task is open. */
    AssessmentJourney inReview;
    /** Observed by SIP: its Conductor is correcting, one observation on a risk. */
    AssessmentJourney inCorrection;
    String reviewTaskId;
    Long observationId;
    final Map<String, CurrentUser> users = new HashMap<>();

    @BeforeAll
    void twoAssessments() {
        inReview = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        reviewTaskId = inReview.reviewTask(load("sip.revisor")).id();
        inCorrection = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        review.decide(load("sip.revisor"), inCorrection.reviewTask(load("sip.revisor")).id(), SipDecision.OBSERVED,
                List.of(ObservationForm.onRisk(inCorrection.risks().get(0).getId(), "Precise las causas.")));
        observationId = observations.ofAssessment(load("sip.revisor"), inCorrection.assessmentId).get(0).id();
        for (String name : List.of("admin", "sip.revisor", "auditor")) {
            users.put(name, load(name));
        }
        users.put("conductor", inCorrection.team.conductor());
        users.put("alta", inCorrection.team.alta());
        users.put("tecnico", inCorrection.team.tecnico());
        users.put("consultivo", inCorrection.team.consultivo());
        // the Conductor of the other assessment's entity: reviews nothing, must not read this entity's observations
        users.put("otherEntityConductor", inReview.team.conductor());
    }

    /**
     * One row per user; columns: the reviewers' list, the review page, the decision (invalid on purpose, so
     * a permitted reviewer gets the form back and nothing is decided), the correcting entity's observations,
     * marking one resolved. 302 for anonymous means the login page.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "anonymous,            302, 302, 302, 302, 302",
        "admin,                403, 403, 403, 200, 403",
        "sip.revisor,          200, 200, 200, 200, 403",
        "auditor,              403, 403, 403, 200, 403",
        "alta,                 403, 403, 403, 200, 403",
        "tecnico,              403, 403, 403, 200, 403",
        "consultivo,           403, 403, 403, 200, 403",
        "otherEntityConductor, 403, 403, 403, 403, 403",
        "conductor,            403, 403, 403, 200, 302"
    })
    void whoReachesWhat(String who, int list, int page, int decide, int read, int resolve) throws Exception {
        assertThat(statusOf(who, get("/review"))).as("GET /review").isEqualTo(list);
        assertThat(statusOf(who, get("/review/tasks/" + reviewTaskId))).as("GET review page").isEqualTo(page);
        assertThat(statusOf(who, post("/review/tasks/" + reviewTaskId).param("decision", "OBSERVED")))
                .as("POST decision").isEqualTo(decide);
        assertThat(statusOf(who, get("/assessments/" + inCorrection.assessmentId + "/observations")))
                .as("GET observations").isEqualTo(read);
        assertThat(statusOf(who, post("/assessments/" + inCorrection.assessmentId + "/observations/" + observationId
                        + "/resolve").param("resolved", "true")))
                .as("POST resolve").isEqualTo(resolve);

        // nobody's request decided the open review
        assertThat(inReview.reviewTask(load("sip.revisor")).id()).isEqualTo(reviewTaskId);
        assertThat(inReview.assessment().getStage()).isEqualTo(AssessmentStage.SIP_REVIEW);
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/review")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/assessments/" + inCorrection.assessmentId + "/observations"))
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theReviewerSeesTheSubmissionInTheListAndItsRisksAndMeasuresOnThePage() throws Exception {
        CurrentUser sip = load("sip.revisor");
        String list = mvc.perform(get("/review").with(user(sip))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/review/tasks/" + reviewTaskId).contains(inReview.team.conductor().entityName());

        Risk risk = inReview.risks().get(0);
        Measure measure = inReview.measures().get(0);
        String page = mvc.perform(get("/review/tasks/" + reviewTaskId).with(user(sip)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains(risk.getStatement())
                .contains(measure.getDescription())
                .contains("value=\"RISK:" + risk.getId() + "\"")
                .contains("value=\"MEASURE:" + measure.getId() + "\"")
                .contains("periodo 2025")
                .contains("Es la primera remisión")
                .contains(schemes.byCode(inReview.assessment().getSchemeCode()).level(risk.getResidualLevel()).labelEs());
    }

    /** SIP judges the rating, not only its result: probability and impact with the scale's words, the controls. */
    @Test
    void theReviewPageShowsHowEachRiskWasRatedProbabilityImpactAndControls() throws Exception {
        CurrentUser sip = load("sip.revisor");
        Risk risk = inReview.risks().get(0);
        ScoringScheme scheme = schemes.byCode(inReview.assessment().getSchemeCode());
        Document page = Jsoup.parse(mvc.perform(get("/review/tasks/" + reviewTaskId).with(user(sip)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        var row = page.selectFirst("tr#risk-" + risk.getId());
        assertThat(row.select("td.probability").text())
                .isEqualTo(risk.getProbability() + " · " + scheme.probability(risk.getProbability()).labelEs());
        assertThat(row.select("td.impact").text())
                .isEqualTo(risk.getImpact() + " · " + scheme.impact(risk.getImpact()).labelEs());
        assertThat(row.select("td.controls").text())
                .contains(risk.getExistingControls())
                .contains(scheme.controlRating(risk.getControlRating()).labelEs());
        assertThat(row.text())
                .contains(scheme.level(risk.getInherentLevel()).labelEs())
                .contains(scheme.level(risk.getResidualLevel()).labelEs());
        assertThat(page.select("#risks-h + table thead th").eachText())
                .containsSubsequence("Probabilidad", "Impacto", "Nivel inherente", "Controles existentes", "Nivel residual");
        pe.integrity.web.AccessibilityTest.assertAccessible("review page", page);

        Document en = Jsoup.parse(mvc.perform(get("/review/tasks/" + reviewTaskId + "?lang=en").with(user(sip)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(en.selectFirst("tr#risk-" + risk.getId()).select("td.probability").text())
                .isEqualTo(risk.getProbability() + " · " + scheme.probability(risk.getProbability()).label(java.util.Locale.ENGLISH));
        assertThat(en.text()).contains("Existing controls").doesNotContain("??");
    }

    @Test
    void aResubmissionShowsWhatChangedAndTheEarlierObservations() throws Exception {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        CurrentUser sip = load("sip.revisor");
        Risk risk = j.risks().get(0);
        review.decide(sip, j.reviewTask(sip).id(), SipDecision.OBSERVED,
                List.of(ObservationForm.onRisk(risk.getId(), "Las causas son genéricas.")));
        RiskForm edit = RiskForm.of(risk);
        edit.setCauses("Un solo servidor decide");
        identification.update(j.team.conductor(), risk.getId(), edit);
        treatment.addMeasure(j.team.conductor(), risk.getId(), AssessmentJourney.measure("Rotar al comité"));
        j.resubmit();

        String page = mvc.perform(get("/review/tasks/" + j.reviewTask(sip).id()).with(user(sip)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String changes = page.substring(page.indexOf("id=\"changes-h\""), page.indexOf("id=\"processes-h\""));
        assertThat(changes)
                .contains("Modificado", risk.getCode(), "Causas", "Discrecionalidad", "Un solo servidor decide")
                .contains("Nuevo", risk.getCode() + " · Rotar al comité");
        String earlier = page.substring(page.indexOf("id=\"earlier-h\""));
        assertThat(earlier).contains("Remisión 1", "Las causas son genéricas.");
    }

    @Test
    void aSubmissionPastItsDeadlineIsFlaggedOverdue() throws Exception {
        AssessmentJourney late = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        CurrentUser sip = load("sip.revisor");
        String task = late.reviewTask(sip).id();
        engineTasks.setDueDate(task, java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2))));

        String list = mvc.perform(get("/review").with(user(sip))).andReturn().getResponse().getContentAsString();
        assertThat(row(list, task)).contains("class=\"overdue\"", "Plazo vencido", "<td>2025</td>", "<td>1</td>");
        assertThat(row(list, reviewTaskId)).doesNotContain("overdue", "Plazo vencido");
        assertThat(list.indexOf("/review/tasks/" + task)).as("the overdue one first")
                .isLessThan(list.indexOf("/review/tasks/" + reviewTaskId));
    }

    /** The queue's table row that links to the task. */
    private static String row(String list, String taskId) {
        String row = list.substring(list.lastIndexOf("<tr", list.indexOf("/review/tasks/" + taskId)));
        return row.substring(0, row.indexOf("</tr>"));
    }

    @Test
    void theFormObservesOnARiskAndAMeasureAndSkipsEmptyRows() throws Exception {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        CurrentUser sip = load("sip.revisor");
        String task = j.reviewTask(sip).id();
        Risk risk = j.risks().get(0);
        Measure measure = j.measures().get(0);

        mvc.perform(post("/review/tasks/" + task).with(user(sip)).with(csrf())
                        .param("observations[0].target", "RISK:" + risk.getId())
                        .param("observations[0].text", "Precise el actor.")
                        .param("observations[1].target", "ASSESSMENT")
                        .param("observations[1].text", "")
                        .param("observations[2].target", "MEASURE:" + measure.getId())
                        .param("observations[2].text", "Indicador no medible.")
                        .param("decision", "OBSERVED"))
                .andExpect(redirectedUrl("/review"));

        assertThat(observations.ofAssessment(sip, j.assessmentId))
                .extracting(ObservationView::targetType, ObservationView::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ObservationTarget.RISK, "Precise el actor."),
                        org.assertj.core.groups.Tuple.tuple(ObservationTarget.MEASURE, "Indicador no medible."));
        assertThat(j.assessment().getStage()).isEqualTo(AssessmentStage.CORRECTION);
    }

    @Test
    void observingWithOnlyEmptyRowsShowsTheErrorAndKeepsTheTask() throws Exception {
        CurrentUser sip = load("sip.revisor");
        mvc.perform(post("/review/tasks/" + reviewTaskId).with(user(sip)).with(csrf())
                        .param("observations[0].target", "ASSESSMENT")
                        .param("observations[0].text", "  ")
                        .param("decision", "OBSERVED"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Para observar la evaluación escriba al menos una observación.")));
        mvc.perform(post("/review/tasks/" + reviewTaskId).with(user(sip)).with(csrf())
                        .param("observations[0].target", "RISK:" + inCorrection.risks().get(0).getId())
                        .param("observations[0].text", "Riesgo de otra evaluación")
                        .param("decision", "OBSERVED")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Choose a risk or a measure of this assessment.")));

        assertThat(observations.ofAssessment(sip, inReview.assessmentId)).isEmpty();
        assertThat(inReview.reviewTask(sip).id()).isEqualTo(reviewTaskId);
    }

    /** Spring would grow the list to 5001 rows (or fail with a 500): the index is refused as a broken request. */
    @Test
    void aTamperedRowIndexIsABrokenRequestAndNothingIsSaved() {
        Browser browser = new Browser(port).signedInAs("sip.revisor", DemoUsers.PASSWORD);
        String url = "/review/tasks/" + reviewTaskId;
        for (String lang : List.of("es", "en")) {
            Browser.Page answer = browser.submit(url, url + "?lang=" + lang, Map.of(
                    "observations[5000].target", "ASSESSMENT",
                    "observations[5000].text", "Observación fuera de rango",
                    "decision", "OBSERVED"));

            assertThat(answer.status()).isEqualTo(400);
            Document html = Jsoup.parse(answer.body());
            assertThat(html.select("h1").text()).isEqualTo(lang.equals("es") ? "Solicitud no válida" : "Invalid request");
            assertThat(html.select("#reference").text()).containsPattern("[A-Z2-9]{8}");
            assertThat(answer.body()).doesNotContain("Exception", "IndexOutOfBounds", "observations[5000]", "\tat ");
        }
        CurrentUser sip = load("sip.revisor");
        assertThat(observations.ofAssessment(sip, inReview.assessmentId)).isEmpty();
        assertThat(inReview.reviewTask(sip).id()).isEqualTo(reviewTaskId);
    }

    @Test
    void addingARowKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/review/tasks/" + reviewTaskId).with(user(load("sip.revisor"))).with(csrf())
                        .param("observations[0].text", "Borrador de la nota")
                        .param("addRow", "1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Borrador de la nota").contains("name=\"observations[1].text\"");
        assertThat(inReview.reviewTask(load("sip.revisor")).id()).isEqualTo(reviewTaskId);
    }

    @Test
    void theObservationsPageLinksToTheRiskAndOffersResolutionOnlyToTheConductor() throws Exception {
        Risk risk = inCorrection.risks().get(0);
        String url = "/assessments/" + inCorrection.assessmentId + "/observations";
        String asConductor = mvc.perform(get(url).with(user(inCorrection.team.conductor())))
                .andReturn().getResponse().getContentAsString();
        assertThat(asConductor)
                .contains("Precise las causas.")
                .contains("href=\"/assessments/" + inCorrection.assessmentId + "/risks/" + risk.getId() + "\"")
                .contains("/observations/" + observationId + "/resolve");
        String asAlta = mvc.perform(get(url).with(user(inCorrection.team.alta())))
                .andReturn().getResponse().getContentAsString();
        assertThat(asAlta).contains("Precise las causas.").doesNotContain("/resolve");
    }

    private int statusOf(String who, MockHttpServletRequestBuilder request) throws Exception {
        if (!who.equals("anonymous")) {
            request.with(user(users.get(who)));
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
    }

    private CurrentUser load(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }
}
