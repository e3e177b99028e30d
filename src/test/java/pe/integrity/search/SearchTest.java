package pe.integrity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.StageForm;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.search.RiskAndMeasureSearch.SearchResult;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.TaskView;

/**
 * Search on PostgreSQL's Spanish text search: accents and plurals match both ways, a statement outranks a cause,
 * pages do not overlap, and nobody finds another entity's risks or measures, whatever the URL says, while SIP and
 * auditors find every entity's. Two fresh entities: A identifies risks through the use case, B goes to SIP with a
 * measure. Rare words («quipucamayoc», «zampoña») keep other tests' data out of the counts.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

    @Autowired ApplicationContext ctx;
    @Autowired RiskAndMeasureSearch search;
    @Autowired UserDetailsService details;
    @Autowired EntityDirectory entities;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    AssessmentJourney a;
    AssessmentJourney b;
    Risk accented;
    Risk plural;
    Risk inCauses;
    Risk otherWord;
    List<Long> flutes = new ArrayList<>();
    Measure measureOfB;

    @BeforeAll
    void twoEntities() {
        int year = LocalDate.now().getYear();
        a = AssessmentJourney.open(ctx, year).toIdentification("Contrataciones de obras");
        Long process = identifyTask(a).processInScopeId();
        StageForm stage = new StageForm();
        stage.setName("Selección");
        stage.setResponsibleUnit("Logística");
        ctx.getBean(ScopeEditing.class).addStage(a.team.tecnico(), process, stage);
        accented = add(a, process, "Posibilidad de que el comité direccione la contratación directa de un proveedor",
                "Favorecer a un proveedor", "Presión de autoridades");
        plural = add(a, process, "Posibilidad de que se fraccionen las compras para evitar un concurso",
                "Fraccionar contrataciones menores", "Urgencia aparente");
        inCauses = add(a, process, "Posibilidad de que se acepten bienes que no cumplen lo pedido",
                "Recibir bienes sin verificarlos", "Poca supervisión de la contratación");
        otherWord = add(a, process, "Posibilidad de que un quipucamayoc altere el registro de bienes",
                "Alterar el inventario", "Registro manual");
        for (int i = 0; i < 25; i++) {
            flutes.add(add(a, process, "Posibilidad de que se compren zampoñas sin necesidad número " + i,
                    "Comprar zampoñas", "Discrecionalidad").getId());
        }
        b = AssessmentJourney.open(ctx, year).toSipReview("Gestión de recursos humanos");
        measureOfB = b.measures().get(0);
        // the measure says something only B's measure says (the statement of the test, not the form's)
        jdbc.update("UPDATE measure SET description = ? WHERE id = ?",
                "Registrar cada quipucamayoc del archivo en el padrón y publicar las actas", measureOfB.getId());
    }

    @Test
    void unaccentedWordsFindAccentedTextAndPluralsMatchBothWays() {
        CurrentUser conductor = a.team.conductor();
        for (String typed : List.of("contratacion", "contratación", "CONTRATACIONES", "contrataciones")) {
            assertThat(ids(search(conductor, typed))).as(typed)
                    .containsExactlyInAnyOrder(accented.getId(), plural.getId(), inCauses.getId());
        }
        assertThat(search(conductor, "zampona").page().getTotalElements()).as("ñ without its tilde, singular")
                .isEqualTo(25);
        assertThat(ids(search(conductor, "contratacion directa"))).as("every word").containsExactly(accented.getId());
        assertThat(ids(search(conductor, "proveedores"))).containsExactly(accented.getId());
    }

    @Test
    void aStatementOutranksACause() {
        List<Long> found = ids(search(a.team.conductor(), "contratacion"));
        assertThat(found.get(found.size() - 1)).isEqualTo(inCauses.getId());
    }

    @Test
    void pagesOfTwentyInTheDatabaseWithoutGapsOrRepeats() {
        SearchResult first = search.search(a.team.conductor(), request("zampoñas", null, 0));
        SearchResult second = search.search(a.team.conductor(), request("zampoñas", null, 1));
        assertThat(first.page().getTotalElements()).isEqualTo(25);
        assertThat(first.page().getContent()).hasSize(20);
        assertThat(second.page().getContent()).hasSize(5);
        Set<Long> all = new HashSet<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).containsExactlyInAnyOrderElementsOf(flutes);
        SearchResult beyond = search.search(a.team.conductor(), request("zampoñas", null, 9));
        assertThat(beyond.page().getContent()).isEmpty();
        assertThat(beyond.page().getTotalElements()).isEqualTo(25);
    }

    @Test
    void pastAThousandMatchesThePageSaysMoreAndStillPages() {
        Risk any = b.risks().get(0);
        jdbc.update("INSERT INTO risk (assessment_id, process_in_scope_id, code, risky_behaviour, statement, category,"
                + " change_status, removed, version) SELECT assessment_id, process_in_scope_id, 'T-' || g,"
                + " risky_behaviour, 'Posibilidad de que se adulteren los tambores ' || g, category, 'NEW', false, 0"
                + " FROM risk, generate_series(1, ?) g WHERE id = ?", RiskAndMeasureSearch.COUNTED + 5, any.getId());
        SearchResult first = search(b.team.conductor(), "tambor");
        assertThat(first.more()).isTrue();
        assertThat(first.page().getTotalElements()).isEqualTo(RiskAndMeasureSearch.COUNTED);
        SearchResult last = search.search(b.team.conductor(), request("tambor", null,
                RiskAndMeasureSearch.COUNTED / RiskAndMeasureSearch.PAGE_SIZE - 1));
        assertThat(last.page().getContent()).hasSize(RiskAndMeasureSearch.PAGE_SIZE);
        assertThat(search(b.team.conductor(), "zampoñas").more()).isFalse();
    }

    @Test
    void anEntitysPeopleFindOnlyTheirEntitysRowsWhateverTheFilters() {
        PublicEntity entityA = entities.find(a.team.entityId()).orElseThrow();
        for (CurrentUser ofB : List.of(b.team.conductor(), b.team.tecnico(), b.team.alta(), b.team.consultivo())) {
            SearchResult found = search.search(ofB, new SearchRequest("quipucamayoc", null, null, entityA.getType(),
                    entityA.getSector(), entityA.getDepartment(), entityA.getName(), 0));
            assertThat(found.page().getContent()).as(ofB.username()).extracting(SearchHit::id)
                    .containsExactly(measureOfB.getId());
            assertThat(found.page().getContent()).allSatisfy(h -> assertThat(h.entityId()).isEqualTo(b.team.entityId()));
        }
        assertThat(ids(search(a.team.tecnico(), "quipucamayoc"))).containsExactly(otherWord.getId());
        assertThat(ids(search(a.team.conductor(), "actas"))).as("B's measure, never A's").isEmpty();
    }

    @Test
    void sipAndAuditorsFindEveryEntitysAndMayNarrowByEntity() {
        for (String reader : List.of("auditor", "sip.revisor")) {
            CurrentUser who = (CurrentUser) details.loadUserByUsername(reader);
            SearchResult all = search(who, "quipucamayoc");
            assertThat(all.page().getContent()).as(reader).extracting(SearchHit::kind, SearchHit::id)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(SearchKind.RISK, otherWord.getId()),
                            org.assertj.core.groups.Tuple.tuple(SearchKind.MEASURE, measureOfB.getId()));
            PublicEntity entityB = entities.find(b.team.entityId()).orElseThrow();
            SearchResult ofB = search.search(who, new SearchRequest("quipucamayoc", null, null, null, null, null,
                    entityB.getAcronym().toLowerCase(), 0));
            assertThat(ofB.page().getContent()).extracting(SearchHit::id).containsExactly(measureOfB.getId());
            SearchResult risksOnly = search.search(who, request("quipucamayoc", SearchKind.RISK, 0));
            assertThat(risksOnly.page().getContent()).extracting(SearchHit::id).containsExactly(otherWord.getId());
            SearchResult otherPeriod = search.search(who, new SearchRequest("quipucamayoc", null,
                    LocalDate.now().getYear() - 1, null, null, null, null, 0));
            assertThat(otherPeriod.page().getTotalElements()).isZero();
            EntityType typeOfA = entities.find(a.team.entityId()).orElseThrow().getType();
            SearchResult ofType = search.search(who, new SearchRequest("quipucamayoc", null, null, typeOfA, null,
                    null, null, 0));
            List<Long> expected = new ArrayList<>(List.of(otherWord.getId()));
            if (entityB.getType() == typeOfA) {
                expected.add(measureOfB.getId());
            }
            assertThat(ids(ofType)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void thePageShowsMarkedSnippetsAndEachLinkOpensForItsReader() throws Exception {
        CurrentUser tecnico = a.team.tecnico();
        Document page = page(tecnico, "/search?q=contratacion");
        assertThat(page.select("#count").text()).startsWith("3 resultados para «contratacion»");
        assertThat(page.select(".search-results mark").eachText()).contains("contratación", "contrataciones");
        assertThat(page.select("#entityType")).as("no national filters for an entity's people").isEmpty();
        for (String href : page.select(".search-results a").eachAttr("href")) {
            assertThat(status(tecnico, href)).as(href).isEqualTo(200);
        }
        CurrentUser auditor = (CurrentUser) details.loadUserByUsername("auditor");
        Document national = page(auditor, "/search?q=quipucamayoc&kind=MEASURE");
        List<String> links = national.select(".search-results a").eachAttr("href");
        assertThat(links).containsExactly("/assessments/" + b.assessmentId + "/measures/" + measureOfB.getId());
        assertThat(status(auditor, links.get(0))).isEqualTo(200);
        assertThat(status(b.team.conductor(), links.get(0))).isEqualTo(200);
        assertThat(status(a.team.conductor(), links.get(0))).as("another entity's measure").isEqualTo(403);
        assertThat(national.select("#entityType option")).hasSize(EntityType.values().length + 1);
    }

    @Test
    void badSearchesGetAPlainMessageAndNoQuery() throws Exception {
        CurrentUser conductor = a.team.conductor();
        assertThat(page(conductor, "/search").select("#search-problem, #count")).as("the form alone").isEmpty();
        MvcResult blank = mvc.perform(get("/search").param("q", "   ").with(user(conductor))).andReturn();
        assertThat(Jsoup.parse(blank.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("#search-problem").text()).isEqualTo("Escriba una o más palabras para buscar.");
        assertThat(page(conductor, "/search?q=" + "a".repeat(201)).select("#search-problem").text())
                .contains("como máximo 200 caracteres");
        Document stopWords = page(conductor, "/search?q=de+la+los");
        assertThat(stopWords.select("#search-problem").text()).contains("palabras muy comunes");
        assertThat(stopWords.select(".search-results li")).isEmpty();
        for (String odd : List.of("!!&&|((", "\"contratacion", "-contratacion", "contratacion or", "' OR 1=1 --",
                "a:* | b", "<script>")) {
            MvcResult r = mvc.perform(get("/search").param("q", odd).with(user(conductor))).andReturn();
            String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(r.getResponse().getStatus()).as(odd).isEqualTo(200);
            assertThat(body).as(odd).doesNotContain("Exception", "SQL", "syntax error", "<script>");
        }
        assertThat(ids(search(conductor, "-contratacion"))).as("only an exclusion").doesNotContain(accented.getId());
        assertThat(mvc.perform(get("/search").param("q", "x").param("kind", "NOPE").with(user(conductor)))
                .andReturn().getResponse().getStatus()).as("a tampered kind").isEqualTo(400);
    }

    @Test
    void anonymousPeopleAreSentToSignIn() throws Exception {
        MvcResult r = mvc.perform(get("/search").param("q", "contratacion")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    // ------------------------------------------------------------------ helpers

    private SearchResult search(CurrentUser who, String text) {
        return search.search(who, request(text, null, 0));
    }

    private static SearchRequest request(String text, SearchKind kind, int page) {
        return new SearchRequest(text, kind, null, null, null, null, null, page);
    }

    private static List<Long> ids(SearchResult r) {
        assertThat(r.problem()).isNull();
        return r.page().getContent().stream().map(SearchHit::id).toList();
    }

    private Risk add(AssessmentJourney journey, Long process, String statement, String behaviour, String causes) {
        RiskForm f = AssessmentJourney.riskForm(behaviour);
        f.setStatement(statement);
        f.setCauses(causes);
        f.setConsequences("Perjuicio económico");
        return ctx.getBean(RiskIdentification.class).add(journey.team.tecnico(), process, f);
    }

    private static TaskView identifyTask(AssessmentJourney journey) {
        return journey.tasks(journey.team.tecnico(), AssessmentProcess.IDENTIFY_RISKS).get(0);
    }

    private Document page(CurrentUser who, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(CurrentUser who, String url) throws Exception {
        return mvc.perform(get(url).with(user(who))).andReturn().getResponse().getStatus();
    }
}
