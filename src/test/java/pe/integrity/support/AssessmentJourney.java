package pe.integrity.support;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Decision;
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.InternalDecision;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.MeasureType;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.assessment.StageForm;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.ScaleLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/**
 * Takes one fresh team's assessment through the real use cases and task service up to SIP's review, the way
 * its people would. Every risk is rated as severely as the assessment's own scheme allows, so each needs a
 * measure whatever the scheme's size.
 */
public final class AssessmentJourney {

    public final Team team;
    public final Long assessmentId;
    private final ApplicationContext ctx;

    private AssessmentJourney(ApplicationContext ctx, Team team, Long assessmentId) {
        this.ctx = ctx;
        this.team = team;
        this.assessmentId = assessmentId;
    }

    /** A new team in an unused seed entity opens an assessment for the year. */
    public static AssessmentJourney open(ApplicationContext ctx, int year) {
        Team team = Team.create(ctx.getBean(EntityDirectory.class), ctx.getBean(UserDirectory.class),
                ctx.getBean(UserDetailsService.class));
        Assessment a = ctx.getBean(Assessments.class).open(team.conductor(), year, "Contexto de prueba " + team.entityId());
        return new AssessmentJourney(ctx, team, a.getId());
    }

    /** Scope with the given processes (owned by the Técnico) approved: identification is open. */
    public AssessmentJourney toIdentification(String... processes) {
        ScopeEditing scope = ctx.getBean(ScopeEditing.class);
        for (String name : processes) {
            ScopeProcessForm f = new ScopeProcessForm();
            f.setName(name);
            f.setPrioritisationReason("Exposición a terceros y presupuesto alto");
            f.setOwnerUsername(team.tecnico().username());
            f.setResponsibleUnit("Unidad de " + name);
            scope.addProcess(team.conductor(), assessmentId, f);
        }
        complete(team.conductor(), AssessmentProcess.PREPARE_SCOPE, null, null);
        complete(team.alta(), AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE, null);
        return this;
    }

    /** Scope with the given processes approved, one risk per process identified, evaluated and treated, approved. */
    public AssessmentJourney toSipReview(String... processes) {
        toTreatment(processes);
        for (Risk r : risks()) {
            ctx.getBean(TreatmentPlanning.class).addMeasure(team.conductor(), r.getId(), measure("Publicar las actas"));
        }
        complete(team.conductor(), AssessmentProcess.PLAN_TREATMENT, null, null);
        complete(team.alta(), AssessmentProcess.APPROVE_ASSESSMENT, InternalDecision.APPROVE, null);
        return this;
    }

    /** Scope with the given processes approved, one risk per process identified and evaluated: the plan is open. */
    public AssessmentJourney toTreatment(String... processes) {
        toIdentification(processes);
        ScopeEditing scope = ctx.getBean(ScopeEditing.class);
        for (TaskView t : tasks(team.tecnico(), AssessmentProcess.IDENTIFY_RISKS)) {
            StageForm stage = new StageForm();
            stage.setName("Selección");
            stage.setResponsibleUnit("Logística");
            scope.addStage(team.tecnico(), t.processInScopeId(), stage);
            ctx.getBean(RiskIdentification.class).add(team.tecnico(), t.processInScopeId(),
                    riskForm("Direccionar la selección a un postor"));
            workflow().complete(team.tecnico(), t.id(), StepDecision.done());
        }
        evaluateAllSevere();
        complete(team.conductor(), AssessmentProcess.EVALUATE_RISKS, null, null);
        return this;
    }

    /** After SIP observed it: the Conductor completes the correction and Alta Dirección approves again. */
    public AssessmentJourney resubmit() {
        complete(team.conductor(), AssessmentProcess.CORRECT_OBSERVATIONS, null, null);
        complete(team.alta(), AssessmentProcess.APPROVE_ASSESSMENT, InternalDecision.APPROVE, null);
        return this;
    }

    public static RiskForm riskForm(String behaviour) {
        RiskForm f = new RiskForm();
        f.setRiskyBehaviour(behaviour);
        f.setStatement("Posibilidad de que un servidor " + behaviour.toLowerCase() + " para obtener un beneficio indebido");
        f.setCategory(PracticeCategory.CORRUPTION_ACT);
        f.setCauses("Discrecionalidad");
        f.setConsequences("Perjuicio económico");
        f.setActors("Comité de selección");
        f.setExistingControls("Revisión del jefe de logística");
        return f;
    }

    public static MeasureForm measure(String description) {
        LocalDate end = LocalDate.now().plusMonths(6);
        MeasureForm m = new MeasureForm();
        m.setDescription(description);
        m.setType(MeasureType.PREVENTIVE);
        m.setCauseAddressed("Discrecionalidad");
        m.setResponsibleUnit("Logística");
        m.setResponsiblePerson("Jefe de Logística");
        m.setStartDate(end.minusMonths(3));
        m.setEndDate(end);
        m.setIndicator("Porcentaje de procesos publicados");
        m.setVerificationMeans("Reporte del portal");
        return m;
    }

    /** The open SIP review task of this assessment, as a reviewer sees it. */
    public TaskView reviewTask(CurrentUser reviewer) {
        return workflow().inbox(reviewer).stream()
                .filter(t -> assessmentId.equals(t.assessmentId()))
                .filter(t -> AssessmentProcess.REVIEW_SUBMISSION.equals(t.key()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open review task for assessment " + assessmentId));
    }

    public List<TaskView> tasks(CurrentUser user, String key) {
        return workflow().openTasks(user, assessmentId).stream().filter(t -> t.key().equals(key)).toList();
    }

    public void complete(CurrentUser user, String key, Decision decision, String comment) {
        List<TaskView> found = tasks(user, key);
        if (found.size() != 1) {
            throw new AssertionError("expected one open " + key + " for " + user.username() + ", found " + found);
        }
        workflow().complete(user, found.get(0).id(), decision == null ? new StepDecision(null, comment) : StepDecision.of(decision, comment));
    }

    public List<Risk> risks() {
        return ctx.getBean(Assessments.class).risks(team.conductor(), assessmentId);
    }

    public List<Measure> measures() {
        return ctx.getBean(Assessments.class).measures(team.conductor(), assessmentId);
    }

    public Assessment assessment() {
        return ctx.getBean(Assessments.class).find(assessmentId);
    }

    private void evaluateAllSevere() {
        ScoringSchemes schemes = ctx.getBean(ScoringSchemes.class);
        ScoringScheme scheme = schemes.byCode(assessment().getSchemeCode());
        int p = scheme.probabilityLevels().stream().mapToInt(ScaleLevel::value).max().orElseThrow();
        int i = scheme.impactLevels().stream().mapToInt(ScaleLevel::value).max().orElseThrow();
        String top = scheme.levels().stream().max(Comparator.comparingInt(l -> l.rank())).orElseThrow().code();
        String weakest = scheme.controlRatings().stream()
                .map(ControlRating::code)
                .filter(c -> schemes.residual(scheme.code(), top, c).code().equals(top))
                .findFirst()
                .orElseThrow();
        for (Risk r : risks()) {
            EvaluationForm f = new EvaluationForm();
            f.setProbability(p);
            f.setImpact(i);
            f.setControlRating(weakest);
            f.setVersion(r.getVersion());
            ctx.getBean(RiskEvaluation.class).evaluate(team.conductor(), r.getId(), f);
        }
    }

    private WorkflowTasks workflow() {
        return ctx.getBean(WorkflowTasks.class);
    }
}
