package pe.integrity.workflow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Decision;
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.InternalDecision;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.MeasureType;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.RiskResponse;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.assessment.StageForm;
import pe.integrity.assessment.TreatmentForm;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.ScaleLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.Team;

/**
 * Drives one assessment through the real use cases and the real task service, as the people of a team
 * would. Values come from the assessment's own scheme, so nothing here assumes a 5×5 matrix.
 */
class Scenario {

    final Team team;
    final Services s;
    Long assessmentId;

    record Services(
            Assessments assessments,
            ScopeEditing scope,
            RiskIdentification identification,
            RiskEvaluation evaluation,
            TreatmentPlanning treatment,
            WorkflowTasks tasks,
            ScoringSchemes schemes) {}

    Scenario(Team team, Services services) {
        this.team = team;
        this.s = services;
    }

    Assessment open(int year) {
        Assessment a = s.assessments().open(team.conductor(), year, "Contexto de la entidad " + team.entityId());
        assessmentId = a.getId();
        return a;
    }

    ProcessInScope addProcess(String name) {
        ScopeProcessForm f = new ScopeProcessForm();
        f.setName(name);
        f.setPrioritisationReason("Alta exposición a terceros y presupuesto");
        f.setOwnerUsername(team.tecnico().username());
        f.setResponsibleUnit("Unidad de " + name);
        return s.scope().addProcess(team.conductor(), assessmentId, f);
    }

    /** Preparation done and approved: the identification tasks exist afterwards. */
    void scopeApproved(String... processes) {
        for (String p : processes) {
            addProcess(p);
        }
        complete(team.conductor(), AssessmentProcess.PREPARE_SCOPE, null, null);
        complete(team.alta(), AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE, null);
    }

    /** Each process owner records a stage and one risk per process, then completes their task. */
    void identifyAll() {
        for (TaskView t : tasks(team.tecnico(), AssessmentProcess.IDENTIFY_RISKS)) {
            addStageAndRisk(team.tecnico(), t.processInScopeId());
            s.tasks().complete(team.tecnico(), t.id(), StepDecision.done());
        }
    }

    Risk addStageAndRisk(CurrentUser user, Long processId) {
        StageForm stage = new StageForm();
        stage.setName("Selección");
        stage.setResponsibleUnit("Logística");
        s.scope().addStage(user, processId, stage);
        return s.identification().add(user, processId, riskForm("Direccionar la selección a un postor"));
    }

    static RiskForm riskForm(String behaviour) {
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

    ScoringScheme scheme() {
        return s.schemes().byCode(s.assessments().find(assessmentId).getSchemeCode());
    }

    /** Highest probability and impact, weakest controls: the scheme's most severe residual level. */
    void evaluateAllSevere() {
        ScoringScheme scheme = scheme();
        evaluateAll(max(scheme.probabilityLevels()), max(scheme.impactLevels()), weakest(scheme));
    }

    void evaluateAll(int probability, int impact, String controlRating) {
        for (Risk r : risks()) {
            EvaluationForm f = new EvaluationForm();
            f.setProbability(probability);
            f.setImpact(impact);
            f.setControlRating(controlRating);
            f.setVersion(r.getVersion());
            s.evaluation().evaluate(team.conductor(), r.getId(), f);
        }
    }

    /** A measure for every risk that needs one, an accepted response for the others. */
    void treatAll() {
        for (Risk r : risks()) {
            if (Boolean.TRUE.equals(r.getTreatmentRequired())) {
                s.treatment().addMeasure(team.conductor(), r.getId(), measure(LocalDate.now().plusMonths(6)));
            } else {
                TreatmentForm f = new TreatmentForm();
                f.setResponse(RiskResponse.ACCEPT);
                f.setJustification("Riesgo bajo con controles suficientes");
                f.setVersion(r.getVersion());
                s.treatment().respond(team.conductor(), r.getId(), f);
            }
        }
    }

    static MeasureForm measure(LocalDate end) {
        MeasureForm m = new MeasureForm();
        m.setDescription("Publicar las bases y actas en el portal de transparencia");
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

    /** From identification through internal approval to the SIP review task. */
    void upToSipReview() {
        identifyAll();
        evaluateAllSevere();
        complete(team.conductor(), AssessmentProcess.EVALUATE_RISKS, null, null);
        treatAll();
        complete(team.conductor(), AssessmentProcess.PLAN_TREATMENT, null, null);
        complete(team.alta(), AssessmentProcess.APPROVE_ASSESSMENT, InternalDecision.APPROVE, null);
    }

    List<Risk> risks() {
        return s.assessments().risks(team.conductor(), assessmentId);
    }

    List<TaskView> tasks(CurrentUser user, String key) {
        return s.tasks().openTasks(user, assessmentId).stream().filter(t -> t.key().equals(key)).toList();
    }

    TaskView task(CurrentUser user, String key) {
        List<TaskView> found = tasks(user, key);
        if (found.size() != 1) {
            throw new AssertionError("expected one open " + key + " for " + user.username() + ", found " + found);
        }
        return found.get(0);
    }

    void complete(CurrentUser user, String key, Decision decision, String comment) {
        s.tasks().complete(user, task(user, key).id(), decision == null ? new StepDecision(null, comment) : StepDecision.of(decision, comment));
    }

    static int max(List<ScaleLevel> levels) {
        return levels.stream().mapToInt(ScaleLevel::value).max().orElseThrow();
    }

    static int min(List<ScaleLevel> levels) {
        return levels.stream().mapToInt(ScaleLevel::value).min().orElseThrow();
    }

    /** The rating that lowers the risk least: the one whose residual equals the inherent level most often. */
    String weakest(ScoringScheme scheme) {
        String top = scheme.levels().stream().max(Comparator.comparingInt(l -> l.rank())).orElseThrow().code();
        return scheme.controlRatings().stream()
                .map(ControlRating::code)
                .filter(c -> s.schemes().residual(scheme.code(), top, c).code().equals(top))
                .findFirst()
                .orElseThrow();
    }
}
