package pe.integrity.workspace;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Decision;
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.InternalDecision;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.MeasureType;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.assessment.SipDecision;
import pe.integrity.assessment.StageForm;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.ScaleLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserForm;
import pe.integrity.support.Team;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/**
 * Brings an assessment to a given stage through the real use cases and task service (fast set-up for the
 * screen tests, which then act through HTTP). Values come from the assessment's own scheme.
 */
final class Walks {

    /** A team of one entity plus a second Técnico who owns no process. */
    record Crew(Team team, CurrentUser otherTecnico) {
        Long entityId() {
            return team.entityId();
        }
    }

    private final Assessments assessments;
    private final ScopeEditing scope;
    private final RiskIdentification identification;
    private final RiskEvaluation evaluation;
    private final TreatmentPlanning treatment;
    private final WorkflowTasks tasks;
    private final ScoringSchemes schemes;
    private final EntityDirectory entities;
    private final UserDirectory users;
    private final UserDetailsService details;
    private final org.camunda.bpm.engine.ManagementService management;

    Walks(ApplicationContext context) {
        this.assessments = context.getBean(Assessments.class);
        this.scope = context.getBean(ScopeEditing.class);
        this.identification = context.getBean(RiskIdentification.class);
        this.evaluation = context.getBean(RiskEvaluation.class);
        this.treatment = context.getBean(TreatmentPlanning.class);
        this.tasks = context.getBean(WorkflowTasks.class);
        this.schemes = context.getBean(ScoringSchemes.class);
        this.entities = context.getBean(EntityDirectory.class);
        this.users = context.getBean(UserDirectory.class);
        this.details = context.getBean(UserDetailsService.class);
        this.management = context.getBean(org.camunda.bpm.engine.ManagementService.class);
    }

    Crew crew() {
        Team team = Team.create(entities, users, details);
        String username = team.tecnico().username().replace("tecnico", "tecnico2");
        UserForm f = new UserForm();
        f.setUsername(username);
        f.setFullName("Otra persona " + username);
        f.setEmail(username + "@test.integridad.pe");
        f.setEntityId(team.entityId());
        f.setRoles(EnumSet.of(Role.TECNICO));
        f.setPassword("secret-" + username);
        users.create(f);
        return new Crew(team, user(username));
    }

    CurrentUser user(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }

    /** Opens an assessment for the year and drives it until it reaches the stage. */
    Long at(Crew crew, int year, AssessmentStage target) {
        Long id = assessments.open(crew.team().conductor(), year, "Contexto de prueba").getId();
        advance(crew, id, target);
        return id;
    }

    void advance(Crew crew, Long id, AssessmentStage target) {
        Team t = crew.team();
        while (stage(id) != target) {
            switch (stage(id)) {
                case PREPARATION -> {
                    scope.addProcess(t.conductor(), id, process("Contrataciones", t.tecnico().username()));
                    complete(t.conductor(), id, AssessmentProcess.PREPARE_SCOPE, null, null);
                }
                case SCOPE_APPROVAL -> complete(t.alta(), id, AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE, null);
                case IDENTIFICATION -> {
                    for (TaskView task : open(t.tecnico(), id, AssessmentProcess.IDENTIFY_RISKS)) {
                        addStageAndRisk(t.tecnico(), task.processInScopeId());
                        tasks.complete(t.tecnico(), task.id(), StepDecision.done());
                    }
                }
                case EVALUATION -> {
                    evaluateAll(t.conductor(), id);
                    complete(t.conductor(), id, AssessmentProcess.EVALUATE_RISKS, null, null);
                }
                case TREATMENT -> {
                    for (Risk r : assessments.risks(t.conductor(), id)) {
                        treatment.addMeasure(t.conductor(), r.getId(), measure(LocalDate.now().plusMonths(6)));
                    }
                    complete(t.conductor(), id, AssessmentProcess.PLAN_TREATMENT, null, null);
                }
                case INTERNAL_APPROVAL -> complete(t.alta(), id, AssessmentProcess.APPROVE_ASSESSMENT, InternalDecision.APPROVE, null);
                case SIP_REVIEW -> {
                    CurrentUser sip = user("sip.revisor");
                    SipDecision decision = target == AssessmentStage.CORRECTION ? SipDecision.OBSERVED : SipDecision.APPROVED;
                    complete(sip, id, AssessmentProcess.REVIEW_SUBMISSION, decision, "Revisión de prueba");
                    tasks.runPendingJobs(id);
                }
                case FOLLOW_UP -> fireTimer(id, AssessmentProcess.TIMER_PERIOD_END);
                default -> throw new IllegalStateException("cannot walk from " + stage(id) + " to " + target);
            }
        }
    }

    /** Six months later: the follow-up cycle's timer, fired by hand, asks for the next progress report. */
    void fireNextReportTimer(Long id) {
        fireTimer(id, AssessmentProcess.TIMER_NEXT_REPORT);
    }

    /** Fires the assessment's waiting timer (or other job) at a BPMN element, whatever its due date. */
    void fireTimer(Long id, String activityId) {
        String pi = assessments.find(id).getProcessInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult()
                .getId());
    }

    Risk addStageAndRisk(CurrentUser user, Long processId) {
        StageForm stage = new StageForm();
        stage.setName("Selección");
        stage.setResponsibleUnit("Logística");
        scope.addStage(user, processId, stage);
        return identification.add(user, processId, risk("Direccionar la selección"));
    }

    void addMeasure(CurrentUser user, Long riskId) {
        treatment.addMeasure(user, riskId, measure(LocalDate.now().plusMonths(6)));
    }

    AssessmentStage stage(Long id) {
        return assessments.find(id).getStage();
    }

    List<TaskView> open(CurrentUser user, Long id, String key) {
        return tasks.openTasks(user, id).stream().filter(t -> t.key().equals(key)).toList();
    }

    TaskView task(CurrentUser user, Long id, String key) {
        List<TaskView> found = open(user, id, key);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + key + " for " + user.username() + ", found " + found);
        }
        return found.get(0);
    }

    void complete(CurrentUser user, Long id, String key, Decision decision, String comment) {
        tasks.complete(user, task(user, id, key).id(), decision == null ? new StepDecision(null, comment) : StepDecision.of(decision, comment));
    }

    /** Highest probability and impact with the weakest controls: the scheme's most severe residual level. */
    void evaluateAll(CurrentUser user, Long id) {
        ScoringScheme scheme = scheme(id);
        for (Risk r : assessments.risks(user, id)) {
            EvaluationForm f = new EvaluationForm();
            f.setProbability(max(scheme.probabilityLevels()));
            f.setImpact(max(scheme.impactLevels()));
            f.setControlRating(weakest(scheme));
            f.setVersion(r.getVersion());
            evaluation.evaluate(user, r.getId(), f);
        }
    }

    ScoringScheme scheme(Long id) {
        return schemes.byCode(assessments.find(id).getSchemeCode());
    }

    String weakest(ScoringScheme scheme) {
        String top = scheme.highestLevel().code();
        return scheme.controlRatings().stream()
                .map(ControlRating::code)
                .filter(c -> schemes.residual(scheme.code(), top, c).code().equals(top))
                .findFirst()
                .orElseThrow();
    }

    /** A rating that is not the weakest one: the strongest the scheme has (listed first or last). */
    String strongest(ScoringScheme scheme) {
        String top = scheme.highestLevel().code();
        return scheme.controlRatings().stream()
                .map(ControlRating::code)
                .min(Comparator.comparingInt(c -> schemes.residual(scheme.code(), top, c).rank()))
                .orElseThrow();
    }

    static int max(List<ScaleLevel> levels) {
        return levels.stream().mapToInt(ScaleLevel::value).max().orElseThrow();
    }

    static int min(List<ScaleLevel> levels) {
        return levels.stream().mapToInt(ScaleLevel::value).min().orElseThrow();
    }

    static ScopeProcessForm process(String name, String owner) {
        ScopeProcessForm f = new ScopeProcessForm();
        f.setName(name);
        f.setPrioritisationReason("Alta exposición a terceros");
        f.setOwnerUsername(owner);
        f.setResponsibleUnit("Unidad de " + name);
        return f;
    }

    static RiskForm risk(String behaviour) {
        RiskForm f = new RiskForm();
        f.setRiskyBehaviour(behaviour);
        f.setStatement("Posibilidad de que un servidor " + behaviour.toLowerCase() + " para obtener un beneficio");
        f.setCategory(PracticeCategory.CORRUPTION_ACT);
        f.setCauses("Discrecionalidad");
        return f;
    }

    static MeasureForm measure(LocalDate end) {
        MeasureForm m = new MeasureForm();
        m.setDescription("Publicar las actas del comité");
        m.setType(MeasureType.PREVENTIVE);
        m.setResponsibleUnit("Logística");
        m.setResponsiblePerson("Jefe de Logística");
        m.setStartDate(end.minusMonths(3));
        m.setEndDate(end);
        m.setIndicator("Actas publicadas");
        m.setVerificationMeans("Portal de transparencia");
        return m;
    }
}
