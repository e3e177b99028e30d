package pe.integrity.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.SipDecision;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityType;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.WorkflowTasks;

/**
 * The library of measures on PostgreSQL: an entity writing its plan is offered the measures of other entities'
 * approved registers of the same typology (good practices first, then entities of its own type, then those whose
 * risk's level fell at close), never a measure SIP kept private, never one of a register not approved, never its own;
 * no person's name reaches the page; copying opens the entity's own new-measure form pre-filled and the existing
 * form saves it in that plan only; only SIP's reviewers curate, auditors read.
 */
@pe.integrity.support.IntegrationTest
class MeasureLibraryTest {

    private static final String PERSON = "Rosa Quispe Mamani";
    private static final String COMMENTER = "Juan Pérez Huamán";

    @Autowired ApplicationContext ctx;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService details;
    @Autowired ScoringSchemes schemes;
    @Autowired MeasureLibrary library;

    /** Entities this test gave another type, with the type they had. */
    private final java.util.Map<Long, String> retyped = new java.util.HashMap<>();

    @org.junit.jupiter.api.AfterEach
    void restoreEntityTypes() {
        retyped.forEach((id, type) -> jdbc.update("UPDATE public_entity SET type = ? WHERE id = ?", type, id));
        retyped.clear();
    }

    /** Approved registers of two entities, one not approved yet, and an entity of the first's type writing its plan. */
    private final class Country {
        final String typology;
        final AssessmentJourney sameType;
        final AssessmentJourney otherType;
        final AssessmentJourney notApproved;
        final AssessmentJourney planning;
        final Long plain;
        final Long fell;
        final Long excluded;
        final Long good;
        final Long notFell;
        final Long pending;
        final Long ownDraft;

        Country(String typology) throws Exception {
            this.typology = typology;
            int year = LocalDate.now().getYear();
            sameType = approved(AssessmentJourney.open(ctx, year), EntityType.DISTRICT_MUNICIPALITY, "Compras", "Pagos", "Almacén");
            otherType = approved(AssessmentJourney.open(ctx, year), EntityType.MINISTRY, "Contratos", "Obras");
            notApproved = AssessmentJourney.open(ctx, year).toSipReview("Caja");
            classify(notApproved, EntityType.DISTRICT_MUNICIPALITY);
            planning = AssessmentJourney.open(ctx, year).toTreatment("Licencias");
            classify(planning, EntityType.DISTRICT_MUNICIPALITY);

            List<Measure> x = sorted(sameType.measures());
            plain = describe(x.get(0), "Rotar al personal de compras cada semestre", 10, null);
            fell = describe(x.get(1), "Publicar en línea cada pago a proveedores", 0, lowest());
            excluded = describe(x.get(2), "Medida que SIP no comparte", 50, null);
            List<Measure> y = sorted(otherType.measures());
            good = describe(y.get(0), "Declaraciones juradas de intereses del comité de selección", 40, null);
            notFell = describe(y.get(1), "Auditoría interna trimestral de obras", 100, "same");
            pending = describe(notApproved.measures().get(0), "Medida de un registro aún en revisión", 0, null);
            Risk mine = planning.risks().get(0);
            ctx.getBean(pe.integrity.assessment.TreatmentPlanning.class).addMeasure(planning.team.conductor(), mine.getId(),
                    AssessmentJourney.measure("Borrador propio de la entidad"));
            ownDraft = planning.measures().get(0).getId();

            decide(sip(), good, "MARK_GOOD_PRACTICE").andExpectRedirect();
            decide(sip(), excluded, "EXCLUDE").andExpectRedirect();
        }

        private AssessmentJourney approved(AssessmentJourney j, EntityType type, String... processes) {
            j.toSipReview(processes);
            classify(j, type);
            j.complete(sip(), AssessmentProcess.REVIEW_SUBMISSION, SipDecision.APPROVED, "Conforme");
            ctx.getBean(WorkflowTasks.class).runPendingJobs(j.assessmentId);
            return j;
        }

        private void classify(AssessmentJourney j, EntityType type) {
            jdbc.update("UPDATE risk SET typology_code = ?, category = (SELECT category FROM typology WHERE code = ?)"
                    + " WHERE assessment_id = ?", typology, typology, j.assessmentId);
            // teams take real entities of the seed: their own type comes back after the test (other tests filter by it)
            retyped.putIfAbsent(j.team.entityId(),
                    jdbc.queryForObject("SELECT type FROM public_entity WHERE id = ?", String.class, j.team.entityId()));
            jdbc.update("UPDATE public_entity SET type = ? WHERE id = ?", type.name(), j.team.entityId());
        }

        /** What the measure says and how far it got; its person and comments name people, as real ones do. */
        private Long describe(Measure m, String text, int progress, String closing) {
            String status = progress == 0 ? "NOT_STARTED" : progress == 100 ? "IMPLEMENTED" : "IN_PROGRESS";
            jdbc.update("UPDATE measure SET description = ?, progress = ?, status = ?, responsible_person = ?,"
                    + " responsible_unit = ?, progress_comment = ?, target_value = ? WHERE id = ?", text, progress, status,
                    PERSON, "Oficina de " + PERSON, "Lo revisó " + COMMENTER, "Meta de " + text, m.getId());
            if (closing != null) {
                jdbc.update("UPDATE risk SET closing_residual_level = " + ("same".equals(closing) ? "residual_level" : "?")
                        + " WHERE id = ?", "same".equals(closing) ? new Object[] {m.getRisk().getId()}
                                : new Object[] {closing, m.getRisk().getId()});
            }
            return m.getId();
        }

        private String lowest() {
            return schemes.byCode(sameType.assessment().getSchemeCode()).levels().stream()
                    .min(Comparator.comparingInt(RiskLevel::rank)).orElseThrow().code();
        }

        CurrentUser conductor() {
            return planning.team.conductor();
        }

        Risk risk() {
            return planning.risks().get(0);
        }

        String treatmentPage() {
            return "/assessments/" + planning.assessmentId + "/treatment/" + risk().getId();
        }
    }

    @Test
    void suggestionsComeFromApprovedRegistersOfTheTypologyGoodPracticesAndSameTypeFirst() throws Exception {
        Country c = new Country("ENRIQUECIMIENTO_ILICITO");

        List<Suggestion> offered = library.suggestions(c.conductor(), c.planning.team.entityId(), c.typology);
        assertThat(offered).extracting(Suggestion::measureId).containsExactly(c.good, c.fell, c.plain, c.notFell);
        assertThat(offered.get(0).goodPractice()).isTrue();
        assertThat(offered.get(0).sameType()).isFalse();
        assertThat(offered.get(1).sameType()).isTrue();
        assertThat(offered.get(1).levelFell()).isTrue();
        assertThat(offered.get(2).levelFell()).as("not closed yet").isNull();
        assertThat(offered.get(3).levelFell()).isFalse();
        assertThat(offered.get(3).progress()).isEqualTo(100);
        assertThat(library.suggestions(c.conductor(), c.planning.team.entityId(), "COHECHO"))
                .extracting(Suggestion::measureId).doesNotContain(c.good, c.fell, c.plain, c.notFell);

        Document page = page(c.conductor(), c.treatmentPage());
        assertThat(page.select("#suggestions .suggestion-text").eachText()).containsExactly(
                "Declaraciones juradas de intereses del comité de selección", "Publicar en línea cada pago a proveedores",
                "Rotar al personal de compras cada semestre", "Auditoría interna trimestral de obras");
        assertThat(page.select("#suggestions").text()).contains("Buena práctica", "Ministerio",
                "Municipalidad distrital", "De una entidad de su mismo tipo", "El nivel del riesgo bajó al cierre",
                "Implementada (100 %)");
    }

    @Test
    void whatSipExcludedAndWhatIsNotApprovedStayPrivateAndNoPersonIsNamed() throws Exception {
        Country c = new Country("MALVERSACION");
        String html = html(c.conductor(), c.treatmentPage());
        assertThat(html).contains("Declaraciones juradas de intereses del comité de selección")
                .doesNotContain("Medida que SIP no comparte", "Medida de un registro aún en revisión",
                        "Borrador propio de la entidad</strong>", PERSON, "Quispe", COMMENTER, "Pérez", "sip.revisor");
        String sameTypeName = name(c.sameType);
        assertThat(html).as("an entity is named only where SIP marked a good practice").doesNotContain(sameTypeName)
                .contains(name(c.otherType));
        assertThat(c.planning.measures()).extracting(Measure::getDescription).contains("Borrador propio de la entidad");

        // a whole register kept private: none of its measures is offered, until SIP shares it again
        send(sip(), "/library/registers/" + c.otherType.assessmentId, "excluded", "true").andExpectRedirect();
        assertThat(library.suggestions(c.conductor(), c.planning.team.entityId(), c.typology))
                .extracting(Suggestion::measureId).containsExactly(c.fell, c.plain);
        send(sip(), "/library/registers/" + c.otherType.assessmentId, "excluded", "false").andExpectRedirect();
        decide(sip(), c.excluded, "INCLUDE").andExpectRedirect();
        assertThat(library.suggestions(c.conductor(), c.planning.team.entityId(), c.typology))
                .extracting(Suggestion::measureId).contains(c.good, c.notFell, c.excluded);
        decide(sip(), c.excluded, "EXCLUDE").andExpectRedirect();

        // SIP's list shows every measure of approved registers with its state; not the one still in review
        Document list = page(sip(), "/library?typology=" + c.typology);
        assertThat(list.select("#library .measure-text").eachText()).containsExactlyInAnyOrder(
                "Rotar al personal de compras cada semestre", "Publicar en línea cada pago a proveedores",
                "Medida que SIP no comparte", "Declaraciones juradas de intereses del comité de selección",
                "Auditoría interna trimestral de obras");
        assertThat(list.select("#m" + c.excluded + " .state").text()).isEqualTo("Medida no compartida");
        assertThat(list.select("#m" + c.good + " .state").text()).isEqualTo("Buena práctica");
        assertThat(page(sip(), "/library?typology=" + c.typology + "&state=EXCLUDED").select("#library .measure-text")
                .eachText()).containsExactly("Medida que SIP no comparte");
        assertThat(page(sip(), "/library?typology=" + c.typology + "&entityType=MINISTRY").select("#library .measure-text")
                .eachText()).containsExactlyInAnyOrder("Declaraciones juradas de intereses del comité de selección",
                        "Auditoría interna trimestral de obras");
        assertThat(list.html()).doesNotContain(PERSON, COMMENTER);
    }

    @Test
    void copyingOpensTheEntitysOwnFormPrefilledAndSavesInItsOwnPlanOnly() throws Exception {
        Country c = new Country("FAVORECIMIENTO_INDEBIDO");
        Long rid = c.risk().getId();
        String form = "/assessments/" + c.planning.assessmentId + "/treatment/" + rid + "/measures/new?from=";
        Document page = page(c.conductor(), c.treatmentPage());
        assertThat(page.select("#suggestions a.button").first().attr("href")).isEqualTo(form + c.good);

        Document prefilled = page(c.conductor(), form + c.good);
        assertThat(prefilled.select("textarea[name=description], input[name=description]").first().val())
                .isEqualTo("Declaraciones juradas de intereses del comité de selección");
        assertThat(prefilled.select("[name=targetValue]").first().val()).startsWith("Meta de");
        assertThat(prefilled.select("[name=responsiblePerson]").first().val()).isEmpty();
        assertThat(prefilled.html()).doesNotContain(PERSON, COMMENTER);
        assertThat(prefilled.text()).contains("Medida copiada de la biblioteca");

        // nothing private, unapproved or of the entity itself can be copied, whatever id is typed
        for (Long hidden : List.of(c.excluded, c.pending, c.ownDraft, 999_999_999L)) {
            assertThat(status(get(form + hidden).with(user(c.conductor())))).as("from=" + hidden).isEqualTo(404);
        }
        // nor into another entity's assessment or risk
        Risk theirs = c.sameType.risks().get(0);
        assertThat(status(get("/assessments/" + c.sameType.assessmentId + "/treatment/" + theirs.getId()
                + "/measures/new?from=" + c.good).with(user(c.conductor())))).isEqualTo(403);
        assertThat(status(get("/assessments/" + c.planning.assessmentId + "/treatment/" + theirs.getId()
                + "/measures/new?from=" + c.good).with(user(c.conductor())))).isEqualTo(404);
        int theirsBefore = c.sameType.measures().size();
        assertThat(save(c, theirs.getId(), prefilled, true)).isIn(403, 404);
        assertThat(c.sameType.measures()).hasSize(theirsBefore);

        // the form's own validation: without dates nothing is saved
        int before = c.planning.measures().size();
        assertThat(save(c, rid, prefilled, false)).isEqualTo(200);
        assertThat(c.planning.measures()).hasSize(before);
        assertThat(save(c, rid, prefilled, true)).isEqualTo(302);
        assertThat(c.planning.measures()).hasSize(before + 1).anySatisfy(m -> {
            assertThat(m.getDescription()).isEqualTo("Declaraciones juradas de intereses del comité de selección");
            assertThat(m.getResponsiblePerson()).isEqualTo("Jefa de Integridad");
            assertThat(m.getRisk().getId()).isEqualTo(rid);
        });
        assertThat(c.otherType.measures()).extracting(Measure::getDescription)
                .containsOnlyOnce("Declaraciones juradas de intereses del comité de selección");
    }

    @Test
    void onlySipCuratesAuditorsReadEntityUsersSeeOnlySuggestions() throws Exception {
        Long measure = jdbc.queryForObject("SELECT MIN(m.id) FROM measure m JOIN risk r ON r.id = m.risk_id"
                + " JOIN assessment a ON a.id = r.assessment_id WHERE a.stage = 'FOLLOW_UP'", Long.class);
        Long assessment = jdbc.queryForObject("SELECT r.assessment_id FROM measure m JOIN risk r ON r.id = m.risk_id"
                + " WHERE m.id = ?", Long.class, measure);
        CurrentUser auditor = who("auditor");
        Document read = page(auditor, "/library");
        assertThat(read.select("#library tbody tr")).isNotEmpty();
        assertThat(read.select("#library form")).as("auditors read, they do not decide").isEmpty();
        assertThat(page(who("sip.revisor"), "/").select("a#home-library").attr("href")).isEqualTo("/library");
        assertThat(page(auditor, "/").select("a#home-library")).isNotEmpty();

        for (String name : List.of("auditor", "conductor.miraflores", "tecnico.miraflores", "alta.cusco", "admin")) {
            CurrentUser u = who(name);
            assertThat(status(post("/library/measures/" + measure).param("action", "MARK_GOOD_PRACTICE").with(csrf())
                    .with(user(u)))).as(name).isEqualTo(403);
            assertThat(status(post("/library/registers/" + assessment).param("excluded", "true").with(csrf())
                    .with(user(u)))).as(name).isEqualTo(403);
            if (!"auditor".equals(name)) {
                assertThat(status(get("/library").with(user(u)))).as(name).isEqualTo(403);
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM library_measure_choice WHERE measure_id = ?"
                + " AND good_practice", Integer.class, measure)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM library_register_exclusion WHERE assessment_id = ?",
                Integer.class, assessment)).isZero();
        assertThat(mvc.perform(get("/library")).andReturn().getResponse().getRedirectedUrl()).contains("/login");

        // SIP: a measure of a register not approved, an unknown action, no CSRF token
        Long draft = jdbc.queryForObject("SELECT MIN(m.id) FROM measure m JOIN risk r ON r.id = m.risk_id"
                + " JOIN assessment a ON a.id = r.assessment_id WHERE a.stage NOT IN ('FOLLOW_UP', 'CLOSING', 'CLOSED')",
                Long.class);
        if (draft != null) {
            assertThat(status(post("/library/measures/" + draft).param("action", "EXCLUDE").with(csrf())
                    .with(user(sip())))).isEqualTo(404);
        }
        assertThat(status(post("/library/measures/" + measure).param("action", "PUBLISH").with(csrf())
                .with(user(sip())))).isEqualTo(400);
        assertThat(status(post("/library/measures/" + measure).param("action", "EXCLUDE").with(user(sip()))))
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM library_measure_choice WHERE measure_id = ?",
                Integer.class, measure)).isZero();
    }

    // ---- helpers ----

    private List<Measure> sorted(List<Measure> measures) {
        return measures.stream().sorted(Comparator.comparing(Measure::getId)).toList();
    }

    private String name(AssessmentJourney j) {
        return jdbc.queryForObject("SELECT name FROM public_entity WHERE id = ?", String.class, j.team.entityId());
    }

    private int save(Country c, Long riskId, Document prefilled, boolean complete) throws Exception {
        MockHttpServletRequestBuilder r = post("/assessments/" + c.planning.assessmentId + "/treatment/" + riskId
                + "/measures").with(csrf()).with(user(c.conductor()));
        for (String field : List.of("description", "type", "causeAddressed", "indicator", "targetValue",
                "verificationMeans")) {
            var input = prefilled.select("[name=" + field + "]").first();
            String value = input == null ? null : "select".equals(input.tagName())
                    ? input.select("option[selected]").val() : input.val();
            if (value != null) {
                r.param(field, value);
            }
        }
        r.param("responsibleUnit", "Oficina de Integridad").param("responsiblePerson", "Jefa de Integridad");
        if (complete) {
            LocalDate end = LocalDate.now().plusMonths(6);
            r.param("startDate", end.minusMonths(3).toString()).param("endDate", end.toString());
        }
        return mvc.perform(r).andReturn().getResponse().getStatus();
    }

    private Posted decide(CurrentUser who, Long measureId, String action) throws Exception {
        return send(who, "/library/measures/" + measureId, "action", action);
    }

    private Posted send(CurrentUser who, String url, String param, String value) throws Exception {
        return new Posted(mvc.perform(post(url)
                .param(param, value).with(csrf()).with(user(who))).andReturn());
    }

    private record Posted(MvcResult result) {
        void andExpectRedirect() {
            assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(302);
        }
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private CurrentUser sip() {
        return who("sip.revisor");
    }

    private CurrentUser who(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }

    private String html(CurrentUser who, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Document page(CurrentUser who, String url) throws Exception {
        return Jsoup.parse(html(who, url));
    }
}
