package pe.integrity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pe.integrity.assessment.SipDecision;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.web.AccessibilityTest;
import pe.integrity.workflow.ReviewSteps;

/**
 * While the entity corrects, each open observation of SIP shows on the page where its risk or measure is fixed
 * (risk, evaluation, treatment, measure pages) and all of them on the overview; the Conductor marks one resolved
 * there and comes back to the same page. Nobody else changes the mark.
 */
@IntegrationTest
class ObservationsWhereFixedWebTest {

    static final String ON_RISK = "Precise las causas.";
    static final String ON_MEASURE = "El indicador no es medible.";
    static final String ON_ASSESSMENT = "Falta el contexto de la entidad.";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext ctx;
    @Autowired UserDetailsService details;
    @Autowired ReviewSteps review;
    @Autowired Observations observations;

    @Test
    void theRiskPageShowsItsOpenObservationAndTheConductorResolvesItThere() throws Exception {
        Observed o = observed();
        String riskPage = "/assessments/" + o.id + "/risks/" + o.riskId;

        Document before = page(o.conductor, riskPage);
        Element box = before.selectFirst("section#observations");
        assertThat(box).isNotNull();
        assertThat(box.select("h2").text()).isEqualTo("Observaciones de la SIP por subsanar (1)");
        assertThat(box.select("li.open .obs-text").eachText()).containsExactly(ON_RISK);
        assertThat(box.text()).doesNotContain(ON_MEASURE).doesNotContain(ON_ASSESSMENT);
        AccessibilityTest.assertAccessible("risk page with an observation", before);

        // the page's own form marks it resolved and leads back to the risk
        Element form = box.selectFirst("li.open form");
        assertThat(form.attr("action")).isEqualTo("/assessments/" + o.id + "/observations/" + o.riskObservation + "/resolve");
        assertThat(form.select("input[name=from]").val()).isEqualTo("RISK");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        MvcResult resolved = perform(o.conductor, post(form.attr("action"))
                .param("resolved", form.select("input[name=resolved]").val())
                .param("from", "RISK"));
        assertThat(resolved.getResponse().getStatus()).isEqualTo(302);
        assertThat(resolved.getResponse().getRedirectedUrl()).isEqualTo(riskPage + "#observations");
        assertThat(view(o, o.riskObservation).resolved()).isTrue();
        assertThat(view(o, o.measureObservation).resolved()).isFalse();

        // back on the page: shown as resolved, with the form that takes the mark back
        Document after = page(o.conductor, riskPage);
        assertThat(after.select("#observations li.open")).isEmpty();
        assertThat(after.select("#observations li.resolved").text()).contains(ON_RISK, "Subsanada");
        assertThat(after.select("#observations li.resolved input[name=resolved]").val()).isEqualTo("false");
        assertThat(after.select("#observations h2").text()).endsWith("(0)");
        // and the correction page counts it as resolved
        assertThat(page(o.conductor, "/assessments/" + o.id + "/correction").select("#resolved li").text()).contains(ON_RISK);
    }

    @Test
    void aRiskObservationAlsoShowsWhereTheRiskIsEvaluatedAndTreatedAndAMeasureOneOnTheMeasurePage() throws Exception {
        Observed o = observed();
        for (String[] page : List.of(
                new String[] {"/assessments/" + o.id + "/evaluation/" + o.riskId, "EVALUATION", ON_RISK},
                new String[] {"/assessments/" + o.id + "/treatment/" + o.riskId, "TREATMENT", ON_RISK},
                new String[] {"/assessments/" + o.id + "/measures/" + o.measureId, "MEASURE", ON_MEASURE})) {
            Document d = page(o.conductor, page[0]);
            assertThat(d.select("#observations li.open .obs-text").eachText()).as(page[0]).containsExactly(page[2]);
            assertThat(d.select("#observations li.open input[name=from]").val()).as(page[0]).isEqualTo(page[1]);
            AccessibilityTest.assertAccessible(page[0], d);
        }
        // from the measure page, back to the measure page
        MvcResult r = perform(o.conductor, post("/assessments/" + o.id + "/observations/" + o.measureObservation + "/resolve")
                .param("resolved", "true").param("from", "MEASURE"));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/assessments/" + o.id + "/measures/" + o.measureId + "#observations");
        assertThat(view(o, o.measureObservation).resolved()).isTrue();
        // a page name that does not match the observation, or none known, leads to the observations page
        MvcResult odd = perform(o.conductor, post("/assessments/" + o.id + "/observations/" + o.measureObservation + "/resolve")
                .param("resolved", "false").param("from", "RISK"));
        assertThat(odd.getResponse().getRedirectedUrl())
                .isEqualTo("/assessments/" + o.id + "/observations#observation-" + o.measureObservation);
        MvcResult unknown = perform(o.conductor, post("/assessments/" + o.id + "/observations/" + o.measureObservation + "/resolve")
                .param("resolved", "false").param("from", "https://example.org/"));
        assertThat(unknown.getResponse().getRedirectedUrl()).startsWith("/assessments/" + o.id + "/observations");
    }

    @Test
    void theOverviewSumsUpTheOpenObservationsWithLinksToWhereEachIsFixed() throws Exception {
        Observed o = observed();
        String overview = "/assessments/" + o.id;
        Document d = page(o.conductor, overview);
        Element box = d.selectFirst("section#observations");
        assertThat(box.select("h2").text()).isEqualTo("Observaciones de la SIP por subsanar (3)");
        assertThat(box.select("li.open .obs-text").eachText()).containsExactlyInAnyOrder(ON_RISK, ON_MEASURE, ON_ASSESSMENT);
        assertThat(box.select("li#observation-" + o.riskObservation + " a").attr("href"))
                .isEqualTo("/assessments/" + o.id + "/risks/" + o.riskId);
        assertThat(box.select("li#observation-" + o.measureObservation + " a").attr("href"))
                .isEqualTo("/assessments/" + o.id + "/measures/" + o.measureId);
        assertThat(box.select("li#observation-" + o.assessmentObservation).text()).contains("La evaluación en general");
        AccessibilityTest.assertAccessible("overview with observations", d);

        // the one on the assessment as a whole is resolved right there
        MvcResult r = perform(o.conductor, post("/assessments/" + o.id + "/observations/" + o.assessmentObservation + "/resolve")
                .param("resolved", "true").param("from", "OVERVIEW"));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo(overview + "#observations");
        Document after = page(o.conductor, overview);
        assertThat(after.select("#observations h2").text()).endsWith("(2)");
        assertThat(after.select("#observations li.resolved .obs-text").eachText()).containsExactly(ON_ASSESSMENT);
    }

    /**
     * The entity's other people and SIP read the observations where they are fixed but get no form; their
     * posts, and those of another entity's Conductor, are refused and change nothing.
     */
    @Test
    void onlyTheEntitysConductorMarksThemAndAnotherEntityNeitherReadsNorChangesThem() throws Exception {
        Observed o = observed();
        String riskPage = "/assessments/" + o.id + "/risks/" + o.riskId;
        for (CurrentUser reader : List.of(o.journey.team.tecnico(), o.journey.team.alta(), load("sip.revisor"))) {
            Document d = page(reader, riskPage);
            assertThat(d.select("#observations li.open .obs-text").eachText()).as(reader.username()).containsExactly(ON_RISK);
            assertThat(d.select("#observations form")).as(reader.username()).isEmpty();
            assertThat(page(reader, "/assessments/" + o.id).select("#observations form")).as(reader.username()).isEmpty();
            MvcResult r = perform(reader, post("/assessments/" + o.id + "/observations/" + o.riskObservation + "/resolve")
                    .param("resolved", "true").param("from", "RISK"));
            assertThat(r.getResponse().getStatus()).as(reader.username()).isEqualTo(403);
        }
        AssessmentJourney elsewhere = AssessmentJourney.open(ctx, 2025);
        CurrentUser stranger = elsewhere.team.conductor();
        assertThat(perform(stranger, get(riskPage)).getResponse().getStatus()).isIn(403, 404);
        assertThat(perform(stranger, get("/assessments/" + o.id + "/measures/" + o.measureId)).getResponse().getStatus())
                .isIn(403, 404);
        MvcResult r = perform(stranger, post("/assessments/" + o.id + "/observations/" + o.riskObservation + "/resolve")
                .param("resolved", "true").param("from", "RISK"));
        assertThat(r.getResponse().getStatus()).isIn(403, 404);
        // nor through an assessment of the stranger's own entity
        MvcResult viaOwn = perform(stranger, post("/assessments/" + elsewhere.assessmentId + "/observations/"
                + o.riskObservation + "/resolve").param("resolved", "true").param("from", "RISK"));
        assertThat(viaOwn.getResponse().getStatus()).isIn(403, 404);
        assertThat(observations.ofAssessment(o.conductor, o.id)).noneMatch(ObservationView::resolved);
    }

    @Test
    void outsideTheCorrectionStepThePagesShowNoObservationsToFix() throws Exception {
        Observed o = observed();
        for (ObservationView v : observations.ofAssessment(o.conductor, o.id)) {
            observations.resolve(o.conductor, o.id, v.id(), true);
        }
        o.journey.resubmit();
        assertThat(page(o.conductor, "/assessments/" + o.id + "/risks/" + o.riskId).select("#observations")).isEmpty();
        assertThat(page(o.conductor, "/assessments/" + o.id).select("#observations")).isEmpty();
    }

    @Test
    void theBoxSpeaksEnglishToo() throws Exception {
        Observed o = observed();
        Document en = page(o.conductor, "/assessments/" + o.id + "/risks/" + o.riskId + "?lang=en");
        assertThat(en.select("#observations").text()).contains("SIP observations to resolve (1)", "Mark resolved")
                .doesNotContain("??");
    }

    /** An assessment SIP returned with one observation on a risk, one on a measure, one on the whole. */
    private Observed observed() {
        AssessmentJourney journey = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        CurrentUser sip = load("sip.revisor");
        Long riskId = journey.risks().get(0).getId();
        Long measureId = journey.measures().get(0).getId();
        review.decide(sip, journey.reviewTask(sip).id(), SipDecision.OBSERVED, List.of(
                ObservationForm.onRisk(riskId, ON_RISK),
                ObservationForm.onMeasure(measureId, ON_MEASURE),
                ObservationForm.onAssessment(ON_ASSESSMENT)));
        CurrentUser conductor = journey.team.conductor();
        List<ObservationView> all = observations.ofAssessment(conductor, journey.assessmentId);
        return new Observed(journey, journey.assessmentId, conductor, riskId, measureId,
                idOf(all, ON_RISK), idOf(all, ON_MEASURE), idOf(all, ON_ASSESSMENT));
    }

    private static Long idOf(List<ObservationView> all, String text) {
        return all.stream().filter(v -> v.text().equals(text)).findFirst().orElseThrow().id();
    }

    private ObservationView view(Observed o, Long observationId) {
        return observations.ofAssessment(o.conductor, o.id).stream()
                .filter(v -> v.id().equals(observationId))
                .findFirst()
                .orElseThrow();
    }

    private Document page(CurrentUser who, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as("GET " + url).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult perform(CurrentUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn();
    }

    private CurrentUser load(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }

    record Observed(AssessmentJourney journey, Long id, CurrentUser conductor, Long riskId, Long measureId,
            Long riskObservation, Long measureObservation, Long assessmentObservation) {}
}
