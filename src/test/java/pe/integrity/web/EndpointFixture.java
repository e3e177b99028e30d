package pe.integrity.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.assessment.Assessments;
import pe.integrity.offline.UploadOutcome;
import pe.integrity.offline.WorkbookImport;
import pe.integrity.organisation.ApiTokens;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.RegisterJourney;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.national.ExportJobs;
import pe.integrity.register.national.NationalFilter;
import pe.integrity.review.Observations;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.Matrix;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/**
 * The data {@link EveryEndpointTest} fills path variables from: two entities, each with an assessment in follow-up
 * that has everything a path can name (process, activity, risk, measure, evidence file, archived register, SIP
 * observation, submitted follow-up cycle, open task, uploaded offline workbook), built through the real use cases;
 * plus what belongs to no entity (a review task waiting for SIP, a campaign, a national export, the active scheme)
 * and an API token for every person.
 */
final class EndpointFixture {

    /** The people of the sweep. */
    enum Who {
        ANONYMOUS,
        CONDUCTOR,
        TECNICO,
        ALTA_DIRECCION,
        CONSULTIVO,
        SIP,
        AUDITOR,
        ADMIN;

        boolean global() {
            return this == SIP || this == AUDITOR || this == ADMIN;
        }

        boolean entityRole() {
            return this != ANONYMOUS && !global();
        }
    }

    /** One entity's data: its people and one id of each kind. */
    static final class Entity {
        final Map<Who, CurrentUser> people = new EnumMap<>(Who.class);
        final Map<String, String> ids = new LinkedHashMap<>();
    }

    final Entity own;
    final Entity foreign;
    final Map<Who, CurrentUser> global = new EnumMap<>(Who.class);
    final Map<String, String> shared = new LinkedHashMap<>();
    /** Each person's API token, and its id (for revoking). */
    final Map<String, String> tokens = new LinkedHashMap<>();
    final Map<String, Long> tokenIds = new LinkedHashMap<>();

    private final ApplicationContext ctx;
    private final JdbcTemplate jdbc;

    EndpointFixture(ApplicationContext ctx) throws Exception {
        this.ctx = ctx;
        this.jdbc = ctx.getBean(JdbcTemplate.class);
        UserDetailsService users = ctx.getBean(UserDetailsService.class);
        global.put(Who.SIP, (CurrentUser) users.loadUserByUsername("sip.revisor"));
        global.put(Who.AUDITOR, (CurrentUser) users.loadUserByUsername("auditor"));
        global.put(Who.ADMIN, (CurrentUser) users.loadUserByUsername("admin"));
        own = entity();
        foreign = entity();
        for (Entity e : List.of(own, foreign)) {
            for (CurrentUser u : e.people.values()) {
                token(u);
            }
        }
        global.values().forEach(this::token);

        AssessmentJourney waiting = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toSipReview("Contrataciones");
        shared.put("reviewTask", waiting.reviewTask(global.get(Who.SIP)).id());
        shared.put("scheme", jdbc.queryForObject("SELECT scheme_code FROM assessment WHERE id = ?", String.class,
                Long.valueOf(own.ids.get("assessment"))));
        shared.put("export", String.valueOf(ctx.getBean(ExportJobs.class)
                .submitNational(global.get(Who.SIP), NationalFilter.period(LocalDate.now().getYear()), java.util.Locale.ROOT)
                .id()));
        // a finished campaign for no entity: launching a real one would open assessments in entities other tests use
        shared.put("campaign", String.valueOf(jdbc.queryForObject("INSERT INTO campaign (period_year, department, status,"
                + " created_by, created_by_name, created_at, finished_at, version) VALUES (?, 'Ninguno', 'DONE', 'sip.revisor',"
                + " 'Revisor SIP', now(), now(), 0) RETURNING id", Long.class, LocalDate.now().getYear())));
    }

    /** The person's current principal: own-entity people for entity roles, the demo users for global roles. */
    CurrentUser person(Who who) {
        return who.global() ? global.get(who) : own.people.get(who);
    }

    String password(Who who) {
        return who.global() ? DemoUsers.PASSWORD : "secret-" + person(who).username();
    }

    private void token(CurrentUser u) {
        ApiTokens api = ctx.getBean(ApiTokens.class);
        tokens.put(u.username(), api.create(u, "Barrido de endpoints"));
        tokenIds.put(u.username(), api.of(u).stream().map(t -> t.getId()).max(Comparator.naturalOrder()).orElseThrow());
    }

    private Entity entity() throws Exception {
        RegisterJourney j = RegisterJourney.open(ctx, RegisterJourney.FIVE, s -> s)
                .planned()
                .observedAndResubmitted()
                .approvedBySip();
        Entity e = new Entity();
        e.people.put(Who.CONDUCTOR, j.team.conductor());
        e.people.put(Who.TECNICO, j.team.tecnico());
        e.people.put(Who.ALTA_DIRECCION, j.team.alta());
        e.people.put(Who.CONSULTIVO, j.team.consultivo());
        Long id = j.assessmentId;
        // follow-up cycle 1: a report, an evidence file, submitted; then cycle 2 is open with its task
        fireNextReport(id);
        j.progressReported().evidenceUploaded("acta.pdf");
        j.complete(j.team.conductor(), AssessmentProcess.REPORT_PROGRESS, null, null);
        fireNextReport(id);
        var risk = j.risks().get(0);
        var measure = j.measures().get(0);
        e.ids.put("entity", String.valueOf(j.team.entityId()));
        e.ids.put("assessment", String.valueOf(id));
        e.ids.put("process", String.valueOf(risk.getProcess().getId()));
        e.ids.put("activity", String.valueOf(risk.getStage().getId()));
        e.ids.put("risk", String.valueOf(risk.getId()));
        e.ids.put("measure", String.valueOf(measure.getId()));
        e.ids.put("evidence", String.valueOf(jdbc.queryForObject(
                "SELECT max(id) FROM measure_evidence WHERE measure_id = ?", Long.class, measure.getId())));
        var register = ctx.getBean(RegisterArchive.class).ofAssessment(id).get(0);
        e.ids.put("document", String.valueOf(register.id()));
        e.ids.put("code", register.verificationCode());
        e.ids.put("observation", String.valueOf(ctx.getBean(Observations.class)
                .ofAssessment(j.team.conductor(), id).get(0).id()));
        e.ids.put("user", String.valueOf(jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class,
                j.team.tecnico().username())));
        List<TaskView> open = ctx.getBean(WorkflowTasks.class).openTasks(j.team.conductor(), id);
        if (open.isEmpty()) {
            throw new AssertionError("the fixture's assessment " + id + " has no open task");
        }
        e.ids.put("task", open.get(0).id());
        WorkbookImport workbooks = ctx.getBean(WorkbookImport.class);
        Matrix xlsx = Matrix.of(workbooks.download(j.team.conductor(), id).content());
        xlsx.sheet("Avance").set(2, "Estado", "En curso").setNumber(2, "Avance (%)", 55)
                .set(2, "Comentario del avance", "Avance del libro sin conexión");
        if (!(workbooks.upload(j.team.conductor(), id, "matriz.xlsx", xlsx.bytes()) instanceof UploadOutcome.Stored stored)) {
            throw new AssertionError("the fixture's workbook upload was not stored: "
                    + workbooks.upload(j.team.conductor(), id, "matriz.xlsx", xlsx.bytes()));
        }
        e.ids.put("upload", String.valueOf(stored.uploadId()));
        return e;
    }

    private void fireNextReport(Long id) {
        ManagementService management = ctx.getBean(ManagementService.class);
        String pi = ctx.getBean(Assessments.class).find(id).getProcessInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(pi)
                .activityId(AssessmentProcess.TIMER_NEXT_REPORT).singleResult().getId());
    }
}
