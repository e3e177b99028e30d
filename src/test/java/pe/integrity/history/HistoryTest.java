package pe.integrity.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.ProgressForm;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.SipDecision;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.HistoryFixture;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.RenderedForm;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.ProcessHistory;
import pe.integrity.workflow.WorkflowTasks;

/**
 * The full history of an assessment on PostgreSQL: an edit on screen is a revision naming its author with each
 * changed field before and after, the process's steps are merged in by time, a long history pages without gaps or
 * repeats, and only auditors, SIP and the entity's Conductor and Alta Dirección read it.
 */
@IntegrationTest
class HistoryTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext ctx;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired ProcessHistory processHistory;

    @Test
    void aRiskEditedOnItsPageIsARevisionNamingTheEditorWithEachChangedFieldBeforeAndAfter() throws Exception {
        HistoryFixture f = new HistoryFixture(ctx);
        CurrentUser tecnico = f.journey.team.tecnico();
        String riskPage = "/assessments/" + f.assessmentId + "/risks/" + f.risk.getId();
        Element form = page(tecnico, riskPage).selectFirst("form[action=" + riskPage + "]");
        MockHttpServletRequestBuilder edit = post(riskPage).with(user(tecnico)).with(csrf());
        for (Map.Entry<String, String> field : RenderedForm.fields(form)) {
            if (!field.getKey().equals("statement") && !field.getKey().equals("causes")) {
                edit.param(field.getKey(), field.getValue());
            }
        }
        edit.param("statement", "Posibilidad de que el comité direccione la buena pro").param("causes", "Bases a medida");
        assertThat(mvc.perform(edit).andReturn().getResponse().getStatus()).isEqualTo(302);

        Map<String, Object> revision = jdbc.queryForMap("select i.username, i.full_name, i.revtstmp, a.revtype"
                + " from risk_aud a join revinfo i on i.rev = a.rev where a.id = ? order by a.rev desc limit 1",
                f.risk.getId());
        assertThat(revision).containsEntry("username", tecnico.username())
                .containsEntry("full_name", tecnico.fullName())
                .containsEntry("revtype", 1);

        Element entry = entries(page(auditor(), history(f))).get(0);
        assertThat(entry.text()).contains(tecnico.fullName()).contains("Se modificó el riesgo: R-01");
        assertThat(changes(entry)).containsExactly(
                List.of("Enunciado del riesgo", f.risk.getStatement(), "Posibilidad de que el comité direccione la buena pro"),
                List.of("Causas", "Discrecionalidad", "Bases a medida"));
    }

    @Test
    void everyKindOfChangeAppearsWithItsAuthorAndTheProcessStepsAreMergedNewestFirst() throws Exception {
        HistoryFixture f = new HistoryFixture(ctx);
        HistoryFixture.as(f.journey.team.tecnico(), () -> {
            ctx.getBean(ScopeEditing.class).removeStage(f.journey.team.tecnico(), f.process.getId(), stageId(f));
            return null;
        });
        List<Element> entries = entries(page(sip(), history(f)));
        List<String> texts = entries.stream().map(Element::text).toList();
        String tecnico = f.journey.team.tecnico().fullName();
        String conductor = f.journey.team.conductor().fullName();
        String alta = f.journey.team.alta().fullName();

        assertThat(texts.get(0)).contains("Se eliminó la actividad del proceso: Selección del proveedor", tecnico);
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Se creó el riesgo: R-01", tecnico,
                "Conducta de riesgo", "Direccionar la selección a un postor"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Se creó la actividad del proceso: Selección del proveedor",
                "(proceso Contrataciones)", tecnico));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Se creó el proceso: Contrataciones", conductor,
                "Motivo de la priorización", "Presupuesto alto"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Se modificó la evaluación", "Etapa",
                "Aprobación del alcance", "Identificación"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Tarea terminada: Aprobar alcance", alta));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Tarea terminada: Preparar contexto y alcance", conductor));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Decisión: ¿Alcance aprobado?"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Inicio del proceso"));
        // the assessment was opened outside any request in this test: the application is its author; it and its
        // process started in one transaction, the oldest two lines
        assertThat(texts.subList(texts.size() - 2, texts.size())).anySatisfy(t -> assertThat(t)
                .contains("Se creó la evaluación", "Sistema", "Periodo", String.valueOf(f.journey.assessment().getPeriodYear())))
                .anySatisfy(t -> assertThat(t).contains("Inicio del proceso"));
        List<OffsetDateTime> times = entries.stream()
                .map(e -> OffsetDateTime.parse(e.selectFirst("time").attr("datetime")))
                .toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void measuresProgressReportsAndTimersFiredAppearToo() throws Exception {
        AssessmentJourney j = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toSipReview("Contrataciones");
        ManagementService management = ctx.getBean(ManagementService.class);
        String pi = j.assessment().getProcessInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(pi)
                .activityId(AssessmentProcess.TIMER_REVIEW_REMINDER).singleResult().getId()); // ten days later
        HistoryFixture.as(sip(), () -> {
            j.complete(sip(), AssessmentProcess.REVIEW_SUBMISSION, SipDecision.APPROVED, "Conforme");
            return null;
        });
        ctx.getBean(WorkflowTasks.class).runPendingJobs(j.assessmentId);
        Measure measure = j.measures().get(0);
        ProgressForm report = new ProgressForm();
        report.setStatus(MeasureStatus.IN_PROGRESS);
        report.setProgress(40);
        report.setComment("Actas del primer trimestre publicadas");
        report.setVersion(measure.getVersion());
        CurrentUser tecnico = j.team.tecnico();
        HistoryFixture.as(tecnico, () -> ctx.getBean(FollowUpReporting.class).report(tecnico, measure.getId(), report));

        List<String> texts = entries(page(auditor(), "/assessments/" + j.assessmentId + "/history")).stream()
                .map(Element::text)
                .toList();

        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Se modificó la medida: Publicar las actas (riesgo R-01)",
                tecnico.fullName(), "Estado No iniciada En curso", "Avance (%) 0 40"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Se creó el reporte de avance del ciclo: 1",
                "(medida: Publicar las actas)", tecnico.fullName(), "Actas del primer trimestre publicadas"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Se creó la medida: Publicar las actas (riesgo R-01)"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Tarea terminada: Revisar evaluación", "Rosa Quispe (SIP)"));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Plazo cumplido: Recordatorio", "Sistema"));
        // SIP's approval moves the assessment on in the engine's asynchronous step: the application's own work
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Sistema", "Se modificó la evaluación",
                "Etapa Revisión de la SIP Seguimiento"));
    }

    @Test
    void aLongHistoryIsPagedWithoutGapsOrRepeatsAndTheOlderLinkEndsOnTheLastPage() throws Exception {
        HistoryFixture f = new HistoryFixture(ctx);
        CurrentUser tecnico = f.journey.team.tecnico();
        for (int i = 1; i <= Timeline.PAGE_SIZE + 10; i++) {
            RiskForm form = AssessmentJourney.riskForm("Direccionar la selección a un postor, versión " + i);
            form.setVersion(f.currentRisk().getVersion());
            HistoryFixture.as(tecnico, () -> ctx.getBean(RiskIdentification.class).update(tecnico, f.risk.getId(), form));
        }
        long revisions = jdbc.queryForObject("select (select count(*) from assessment_aud where id = ?)"
                + " + (select count(*) from process_in_scope_aud where assessment_id = ?)"
                + " + (select count(*) from process_stage_aud s join process_in_scope p on p.id = s.process_in_scope_id"
                + " where p.assessment_id = ?) + (select count(*) from risk_aud where assessment_id = ?)", Long.class,
                f.assessmentId, f.assessmentId, f.assessmentId, f.assessmentId);
        int events = processHistory.page(f.journey.assessment().getProcessInstanceId(), null, 1000).size();

        List<String> seen = new ArrayList<>();
        String url = history(f);
        int pages = 0;
        while (url != null) {
            Document page = page(auditor(), url);
            List<Element> entries = entries(page);
            assertThat(entries.size()).isLessThanOrEqualTo(Timeline.PAGE_SIZE);
            entries.forEach(e -> seen.add(e.id()));
            Element older = page.selectFirst("a:containsOwn(Ver lo anterior)");
            url = older == null ? null : older.attr("href");
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        assertThat(seen).hasSize((int) revisions + events);
        assertThat(seen.get(0)).startsWith("rev-");
    }

    @Test
    void auditorsSipAndTheEntitysConductorAndAltaDireccionReadItNobodyElseDoes() throws Exception {
        HistoryFixture f = new HistoryFixture(ctx);
        HistoryFixture other = new HistoryFixture(ctx);
        String url = history(f);
        String overview = "/assessments/" + f.assessmentId;

        for (CurrentUser reader : List.of(auditor(), sip(), f.journey.team.conductor(), f.journey.team.alta())) {
            assertThat(status(reader, url)).as(reader.username()).isEqualTo(200);
            assertThat(page(reader, overview).select("a[href=" + url + "]")).as(reader.username()).hasSize(1);
        }
        for (CurrentUser notReader : List.of(f.journey.team.tecnico(), f.journey.team.consultivo(), admin())) {
            assertThat(status(notReader, url)).as(notReader.username()).isEqualTo(403);
            assertThat(page(notReader, overview).select("a[href=" + url + "]")).as(notReader.username()).isEmpty();
        }
        for (CurrentUser stranger : List.of(other.journey.team.conductor(), other.journey.team.alta())) {
            MvcResult r = mvc.perform(get(url).with(user(stranger))).andReturn();
            assertThat(r.getResponse().getStatus()).as(stranger.username()).isEqualTo(403);
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain("Contrataciones").doesNotContain("Direccionar");
        }
        MvcResult anonymous = mvc.perform(get(url)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(status(auditor(), "/assessments/999999999/history")).isEqualTo(404);
    }

    @Test
    void theTimelineReadsInEnglishToo() throws Exception {
        HistoryFixture f = new HistoryFixture(ctx);
        Document page = page(auditor(), history(f) + "?lang=en");

        assertThat(page.selectFirst("h1").text()).isEqualTo("History of the " + f.journey.assessment().getPeriodYear() + " assessment");
        assertThat(page.text()).contains("Created the risk: R-01", "Risky behaviour", "Task ended: Approve scope")
                .doesNotContain("??");
    }

    @Test
    void theHistoryChangesNothingAndATamperedPageLinkIsABrokenRequest() throws Exception {
        HistoryFixture f = new HistoryFixture(ctx);
        String url = history(f);
        long before = jdbc.queryForObject("select count(*) from revinfo", Long.class);

        int posted = mvc.perform(post(url).with(user(auditor())).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(posted).isIn(403, 405);
        for (String tampered : List.of("?rev=abc&ord=1&row=1", "?rev=1", "?event=x%27%20or%201=1--")) {
            MvcResult r = mvc.perform(get(url + tampered).with(user(auditor()))).andReturn();
            assertThat(r.getResponse().getStatus()).as(tampered).isEqualTo(400);
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain("Exception").doesNotContain("select ");
        }
        page(auditor(), url);
        assertThat(jdbc.queryForObject("select count(*) from revinfo", Long.class)).isEqualTo(before);
    }

    private Long stageId(HistoryFixture f) {
        return jdbc.queryForObject("select id from process_stage where process_in_scope_id = ?", Long.class,
                f.process.getId());
    }

    private static String history(HistoryFixture f) {
        return "/assessments/" + f.assessmentId + "/history";
    }

    private static List<Element> entries(Document page) {
        return page.select("main ul.history > li");
    }

    /** The rows of an entry's table of changes: label, before, after. */
    private static List<List<String>> changes(Element entry) {
        return entry.select("table.changes tbody tr").stream()
                .map(tr -> List.of(tr.child(0).text(), tr.child(1).text(), tr.child(2).text()))
                .toList();
    }

    private Document page(CurrentUser who, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as("GET " + url + " as " + who.username()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(CurrentUser who, String url) throws Exception {
        return mvc.perform(get(url).with(user(who))).andReturn().getResponse().getStatus();
    }

    private CurrentUser auditor() {
        return (CurrentUser) users.loadUserByUsername("auditor");
    }

    private CurrentUser sip() {
        return (CurrentUser) users.loadUserByUsername("sip.revisor");
    }

    private CurrentUser admin() {
        return (CurrentUser) users.loadUserByUsername("admin");
    }
}
