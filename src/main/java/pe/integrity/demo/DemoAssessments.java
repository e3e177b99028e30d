package pe.integrity.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentStage;
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
import pe.integrity.assessment.SipDecision;
import pe.integrity.assessment.StageForm;
import pe.integrity.assessment.TreatmentForm;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.review.ObservationForm;
import pe.integrity.review.Observations;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.ReviewSteps;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.DurableJobs;
import pe.integrity.workflow.WorkflowTasks;

/**
 * Miraflores gets an assessment approved by SIP (follow-up running); Cusco one in the middle of
 * evaluation. Runs once, on a database where the demo users exist and Miraflores has no assessment.
 */
@Component
@Order(10)
class DemoAssessments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

    private final boolean demo;
    private final UserDetailsService users;
    private final Assessments assessments;
    private final ScopeEditing scope;
    private final RiskIdentification identification;
    private final RiskEvaluation evaluation;
    private final TreatmentPlanning treatment;
    private final WorkflowTasks tasks;
    private final ScoringSchemes schemes;
    private final ReviewSteps review;
    private final Observations observations;
    private final Clock clock;
    private final DurableJobs jobs;

    DemoAssessments(@Value("${app.demo-data:false}") boolean demo, UserDetailsService users, Assessments assessments,
            ScopeEditing scope, RiskIdentification identification, RiskEvaluation evaluation,
            TreatmentPlanning treatment, WorkflowTasks tasks, ScoringSchemes schemes, ReviewSteps review,
            Observations observations, Clock clock, DurableJobs jobs) {
        this.demo = demo;
        this.users = users;
        this.assessments = assessments;
        this.scope = scope;
        this.identification = identification;
        this.evaluation = evaluation;
        this.treatment = treatment;
        this.tasks = tasks;
        this.schemes = schemes;
        this.review = review;
        this.observations = observations;
        this.clock = clock;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || !exists("conductor.miraflores")) {
            return;
        }
        CurrentUser conductor = user("conductor.miraflores");
        if (!assessments.ofEntity(conductor, conductor.entityId()).isEmpty()) {
            return;
        }
        // the current period for both: a past period would close at once (its end-of-period timer is due)
        int year = LocalDate.now(clock).getYear();
        approvedAssessment(team("miraflores"), year, null);
        midCycleAssessment(team("cusco"), year, null);
        // the approved register and the mails now, not when the job executor comes round (off in tests; elsewhere it
        // starts once the application is ready, after this runner, so the two never run the same job)
        jobs.runDue();
        log.info("Demo assessments created: Miraflores {} approved, Cusco {} in evaluation", year, year);
    }

    /**
     * Miraflores' cycle for a team: approved by SIP after one round of observations. {@code stopAt} ends it early
     * where the demo's risks (IDENTIFICATION) or its risks and measures (CORRECTION) are still editable, so a
     * test can save each through its form; null runs it to the end.
     */
    Long approvedAssessment(Team t, int year, AssessmentStage stopAt) {
        Assessment a = identified(t, year,
                "Municipalidad distrital con alta demanda de licencias y contrataciones frecuentes de bienes y obras.",
                new DemoProcess("CONTRATACIONES", "Contrataciones",
                        "Mayor presupuesto ejecutado y denuncias previas sobre direccionamiento.", "Subgerencia de Logística",
                        new DemoRisk("Actos preparatorios", "Direccionar los requerimientos técnicos a un proveedor",
                                "Posibilidad de que el área usuaria direccione las especificaciones técnicas en los actos preparatorios para favorecer a un proveedor",
                                "COLUSION"),
                        new DemoRisk("Ejecución contractual", "Dar conformidad a prestaciones incompletas",
                                "Posibilidad de que un servidor otorgue conformidad a prestaciones no ejecutadas para obtener un beneficio indebido",
                                "COHECHO")),
                new DemoProcess("SERVICIOS_PUBLICOS", "Licencias de funcionamiento",
                        "Trato directo con administrados y discrecionalidad en inspecciones.", "Subgerencia de Licencias",
                        new DemoRisk("Inspección", "Solicitar pagos indebidos durante la inspección",
                                "Posibilidad de que un inspector solicite un pago indebido durante la inspección técnica para emitir un informe favorable",
                                "COHECHO")));
        if (stopAt == AssessmentStage.IDENTIFICATION) {
            return a.getId();
        }
        completeIdentification(t, a);
        evaluateAll(t, a);
        complete(t.conductor, a, AssessmentProcess.EVALUATE_RISKS);
        treatAll(t, a, LocalDate.of(year + 1, 6, 30));
        complete(t.conductor, a, AssessmentProcess.PLAN_TREATMENT);
        complete(t.alta, a, AssessmentProcess.APPROVE_ASSESSMENT, InternalDecision.APPROVE);
        CurrentUser sip = user("sip.revisor");
        Risk first = assessments.risks(t.conductor, a.getId()).stream()
                .filter(r -> Boolean.TRUE.equals(r.getTreatmentRequired()))
                .findFirst()
                .orElseThrow();
        review.decide(sip, open(sip, a, AssessmentProcess.REVIEW_SUBMISSION).get(0).id(), SipDecision.OBSERVED,
                List.of(ObservationForm.onRisk(first.getId(),
                                "Una sola medida no atiende la causa: el mismo comité revisa siempre los requerimientos."),
                        ObservationForm.onAssessment("Adjuntar la resolución que designa a los dueños de proceso.")));
        // the Conductor adds a measure (the resubmission shows it as new) and marks the observations resolved
        MeasureForm rotation = measure("Rotar a los miembros del comité de selección cada semestre",
                units(t, a).get(first.getProcess().getId()), LocalDate.of(year + 1, 6, 30));
        treatment.addMeasure(t.conductor, first.getId(), rotation);
        observations.ofAssessment(t.conductor, a.getId())
                .forEach(o -> observations.resolve(t.conductor, a.getId(), o.id(), true));
        if (stopAt == AssessmentStage.CORRECTION) {
            return a.getId();
        }
        review.resubmit(t.conductor, a.getId(), open(t.conductor, a, AssessmentProcess.CORRECT_OBSERVATIONS).get(0).id(),
                "Se agregó la rotación del comité y se adjuntó la resolución de designación.");
        complete(t.alta, a, AssessmentProcess.APPROVE_ASSESSMENT, InternalDecision.APPROVE);
        review.decide(sip, open(sip, a, AssessmentProcess.REVIEW_SUBMISSION).get(0).id(), SipDecision.APPROVED,
                List.of());
        tasks.runPendingJobs(a.getId());
        return a.getId();
    }

    /** Cusco's cycle for a team: in the middle of evaluation; {@code stopAt} IDENTIFICATION ends it earlier. */
    Long midCycleAssessment(Team t, int year, AssessmentStage stopAt) {
        Assessment a = identified(t, year,
                "Gobierno regional con inversión pública alta y procesos de selección de personal CAS frecuentes.",
                new DemoProcess("RECURSOS_HUMANOS", "Gestión de recursos humanos",
                        "Convocatorias CAS numerosas y quejas sobre favorecimiento.", "Oficina de Recursos Humanos",
                        new DemoRisk("Selección CAS", "Favorecer a familiares en la selección",
                                "Posibilidad de que miembros del comité favorezcan a familiares en la selección CAS para beneficio de terceros",
                                "NEPOTISMO")),
                new DemoProcess("TRANSPARENCIA", "Transparencia y acceso a la información",
                        "Plazos incumplidos en solicitudes de acceso a la información.", "Secretaría General",
                        new DemoRisk("Atención de solicitudes", "Ocultar información pública",
                                "Posibilidad de que un servidor oculte información pública solicitada para encubrir irregularidades",
                                "INCUMPLIMIENTO_FUNCIONES")));
        if (stopAt == AssessmentStage.IDENTIFICATION) {
            return a.getId();
        }
        completeIdentification(t, a);
        // evaluation started: the first risk is scored, the second is waiting
        Risk first = assessments.risks(t.conductor, a.getId()).get(0);
        ScoringScheme scheme = schemes.byCode(a.getSchemeCode());
        evaluate(t, first, scheme, scheme.probabilityLevels().size() - 1);
        return a.getId();
    }

    // ---- helpers ----

    record Team(CurrentUser conductor, CurrentUser alta, CurrentUser tecnico) {}

    private Team team(String suffix) {
        return new Team(user("conductor." + suffix), user("alta." + suffix), user("tecnico." + suffix));
    }

    /** A process of the demo's scope (a catalogue process) with the risks identified in it, one stage each. */
    private record DemoProcess(String code, String name, String reason, String unit, DemoRisk... risks) {}

    private record DemoRisk(String stage, String behaviour, String statement, String typology) {}

    /** An assessment opened, its scope prepared and approved, its risks entered; identification still open. */
    private Assessment identified(Team t, int year, String context, DemoProcess... scoped) {
        Assessment a = assessments.open(t.conductor, year, context);
        List<ProcessInScope> processes = Stream.of(scoped).map(p -> process(t, a, p)).toList();
        complete(t.conductor, a, AssessmentProcess.PREPARE_SCOPE);
        complete(t.alta, a, AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE);
        for (int i = 0; i < scoped.length; i++) {
            for (DemoRisk risk : scoped[i].risks()) {
                identify(t, processes.get(i), risk);
            }
        }
        return a;
    }

    private void completeIdentification(Team t, Assessment a) {
        for (TaskView task : open(t.tecnico, a, AssessmentProcess.IDENTIFY_RISKS)) {
            tasks.complete(t.tecnico, task.id(), StepDecision.done());
        }
    }

    private ProcessInScope process(Team t, Assessment a, DemoProcess p) {
        ScopeProcessForm f = new ScopeProcessForm();
        f.setCatalogProcessCode(p.code());
        f.setName(p.name());
        f.setPrioritisationReason(p.reason());
        f.setOwnerUsername(t.tecnico.username());
        f.setResponsibleUnit(p.unit());
        return scope.addProcess(t.conductor, a.getId(), f);
    }

    private void identify(Team t, ProcessInScope p, DemoRisk risk) {
        StageForm stage = new StageForm();
        stage.setName(risk.stage());
        stage.setResponsibleUnit(p.getResponsibleUnit());
        Long stageId = scope.addStage(t.tecnico, p.getId(), stage).getId();
        RiskForm f = new RiskForm();
        f.setStageId(stageId);
        f.setRiskyBehaviour(risk.behaviour());
        f.setStatement(risk.statement());
        // one choice, as on the screen: the typology decides the category (assessment.RiskClassification)
        f.setClassification(risk.typology());
        f.setCauses("Alta discrecionalidad; controles manuales");
        f.setConsequences("Perjuicio económico y pérdida de confianza ciudadana");
        f.setActors("Servidores del área; proveedores o administrados");
        f.setExistingControls("Revisión del jefe inmediato");
        identification.add(t.tecnico, p.getId(), f);
    }

    private void evaluateAll(Team t, Assessment a) {
        ScoringScheme scheme = schemes.byCode(a.getSchemeCode());
        List<Risk> risks = assessments.risks(t.conductor, a.getId());
        for (int i = 0; i < risks.size(); i++) {
            // spread the demo risks over the matrix: from the top level downwards
            evaluate(t, risks.get(i), scheme, Math.max(0, scheme.probabilityLevels().size() - 1 - i));
        }
    }

    private void evaluate(Team t, Risk risk, ScoringScheme scheme, int index) {
        EvaluationForm f = new EvaluationForm();
        f.setProbability(scheme.probabilityLevels().get(index).value());
        f.setImpact(scheme.impactLevels().get(scheme.impactLevels().size() - 1).value());
        f.setControlRating(scheme.controlRatings().get(scheme.controlRatings().size() - 1).code());
        f.setVersion(risk.getVersion());
        evaluation.evaluate(t.conductor, risk.getId(), f);
    }

    private java.util.Map<Long, String> units(Team t, Assessment a) {
        java.util.Map<Long, String> units = new java.util.HashMap<>();
        assessments.processes(t.conductor, a.getId()).forEach(p -> units.put(p.getId(), p.getResponsibleUnit()));
        return units;
    }

    private static MeasureForm measure(String description, String unit, LocalDate end) {
        MeasureForm m = new MeasureForm();
        m.setDescription(description);
        m.setType(MeasureType.PREVENTIVE);
        m.setCauseAddressed("Alta discrecionalidad");
        m.setResponsibleUnit(unit);
        m.setResponsiblePerson("Jefatura de " + unit);
        m.setStartDate(end.minusMonths(6));
        m.setEndDate(end);
        m.setIndicator("Porcentaje de expedientes revisados");
        m.setVerificationMeans("Actas del comité");
        return m;
    }

    private void treatAll(Team t, Assessment a, LocalDate end) {
        java.util.Map<Long, String> units = units(t, a);
        for (Risk r : assessments.risks(t.conductor, a.getId())) {
            String unit = units.get(r.getProcess().getId());
            if (Boolean.TRUE.equals(r.getTreatmentRequired())) {
                treatment.addMeasure(t.conductor, r.getId(),
                        measure("Publicar y revisar en comité los documentos de la etapa " + r.getCode(), unit, end));
            } else {
                TreatmentForm f = new TreatmentForm();
                f.setResponse(RiskResponse.ACCEPT);
                f.setJustification("Nivel bajo con controles existentes adecuados");
                f.setVersion(r.getVersion());
                treatment.respond(t.conductor, r.getId(), f);
            }
        }
    }

    private List<TaskView> open(CurrentUser user, Assessment a, String key) {
        return tasks.openTasks(user, a.getId()).stream().filter(x -> x.key().equals(key)).toList();
    }

    private void complete(CurrentUser user, Assessment a, String key) {
        tasks.complete(user, open(user, a, key).get(0).id(), StepDecision.done());
    }

    private void complete(CurrentUser user, Assessment a, String key, Decision decision) {
        tasks.complete(user, open(user, a, key).get(0).id(), StepDecision.of(decision, null));
    }

    private boolean exists(String username) {
        try {
            users.loadUserByUsername(username);
            return true;
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return false;
        }
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }
}
