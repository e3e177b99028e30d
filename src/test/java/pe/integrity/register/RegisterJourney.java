package pe.integrity.register;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Decision;
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.InternalDecision;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.MeasureType;
import pe.integrity.assessment.ProgressForm;
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
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.register.approved.ApprovedRegisterJob;
import pe.integrity.review.ObservationForm;
import pe.integrity.review.ObservationTarget;
import pe.integrity.review.Observations;
import pe.integrity.support.Team;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.DurableJobs;
import pe.integrity.workflow.ReviewSteps;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/**
 * A realistic assessment for register tests, built through the real use cases and task service: three
 * processes, seven risks spread over the scheme's matrix and control ratings, measures for the risks that
 * need them, an acceptance for the others, one SIP observation round (observations on the assessment, a risk and
 * a measure, one resolved) and, optionally, SIP's approval and a
 * follow-up report. Text fields go through {@code text}, so a test can make every one of them hostile.
 */
public final class RegisterJourney {

    public static final String FIVE = "PROV-5X5-V1";
    public static final String SIP_COMMENT = "Precisar el indicador de las medidas de contrataciones y la etapa de pago.";
    public static final String RISK_OBSERVATION = "La probabilidad del riesgo parece subestimada frente a las denuncias.";
    public static final String MEASURE_OBSERVATION = "El medio de verificación no permite medir el indicador.";
    public static final String PROGRESS_COMMENT = "Avance del semestre: actas publicadas";
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    public final Team team;
    public final Long assessmentId;
    private final ApplicationContext ctx;
    private final UnaryOperator<String> text;

    private RegisterJourney(ApplicationContext ctx, Team team, Long assessmentId, UnaryOperator<String> text) {
        this.ctx = ctx;
        this.team = team;
        this.assessmentId = assessmentId;
        this.text = text;
    }

    /** A new team opens an assessment on the given scheme (activated for the moment as an administrator). */
    public static RegisterJourney open(ApplicationContext ctx, String schemeCode, UnaryOperator<String> text) {
        Team team = Team.create(ctx.getBean(EntityDirectory.class), ctx.getBean(UserDirectory.class),
                ctx.getBean(UserDetailsService.class));
        ScoringSchemes schemes = ctx.getBean(ScoringSchemes.class);
        boolean switched = !schemes.active().code().equals(schemeCode);
        try {
            if (switched) {
                asAdmin(ctx, () -> schemes.activate(schemeCode));
            }
            Assessment a = ctx.getBean(Assessments.class).open(team.conductor(), LocalDate.now().getYear(),
                    text.apply("Municipalidad con contrataciones frecuentes, licencias y atención al ciudadano"));
            return new RegisterJourney(ctx, team, a.getId(), text);
        } finally {
            if (switched) {
                asAdmin(ctx, () -> schemes.activate(FIVE));
            }
        }
    }

    public static void asAdmin(ApplicationContext ctx, Runnable action) {
        CurrentUser admin = (CurrentUser) ctx.getBean(UserDetailsService.class).loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Scope approved, risks identified in three processes, evaluated and treated: ready for internal approval. */
    public RegisterJourney planned() {
        ScopeEditing scope = ctx.getBean(ScopeEditing.class);
        process(scope, "CONTRATACIONES", "Contrataciones", "Mayor presupuesto y denuncias previas de direccionamiento");
        process(scope, "RECURSOS_HUMANOS", "Recursos humanos", "Convocatorias CAS numerosas");
        process(scope, "SERVICIOS_PUBLICOS", "Licencias de funcionamiento", "Trato directo con administrados");
        complete(team.conductor(), AssessmentProcess.PREPARE_SCOPE, null, null);
        complete(team.alta(), AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE, null);
        String[][] risks = {
            {"Actos preparatorios", "Direccionar los requerimientos técnicos a un proveedor", "COLUSION"},
            {"Ejecución contractual", "Otorgar conformidad a prestaciones incompletas", "COHECHO"},
            {"Pago", "Pagar sin el sustento completo", "PECULADO"},
            {"Selección CAS", "Favorecer a familiares en la selección", "NEPOTISMO"},
            {"Planillas", "Incluir personal inexistente en planilla", "PECULADO"},
            {"Inspección", "Solicitar pagos indebidos durante la inspección", "COHECHO"},
            {"Emisión", "Emitir licencias sin cumplir requisitos", null},
        };
        List<TaskView> identification = tasks(team.tecnico(), AssessmentProcess.IDENTIFY_RISKS).stream()
                .sorted(java.util.Comparator.comparing(TaskView::processInScopeId)).toList();
        int next = 0;
        for (int p = 0; p < identification.size(); p++) {
            TaskView t = identification.get(p);
            int count = p == 0 ? 3 : 2;
            for (int i = 0; i < count; i++, next++) {
                identify(t.processInScopeId(), risks[next][0], risks[next][1], risks[next][2]);
            }
            workflow().complete(team.tecnico(), t.id(), StepDecision.done());
        }
        evaluateSpread();
        complete(team.conductor(), AssessmentProcess.EVALUATE_RISKS, null, null);
        treat();
        complete(team.conductor(), AssessmentProcess.PLAN_TREATMENT, null, null);
        return this;
    }

    /**
     * Alta Dirección approves; SIP observes the assessment, a risk and a measure; the Conductor resolves the
     * first observation and corrects; Alta Dirección approves again: round 2 waits for SIP.
     */
    public RegisterJourney observedAndResubmitted() {
        complete(team.alta(), AssessmentProcess.APPROVE_ASSESSMENT, InternalDecision.APPROVE, null);
        ctx.getBean(ReviewSteps.class).decide(sip(), reviewTaskId(), SipDecision.OBSERVED, List.of(
                ObservationForm.onAssessment(text.apply(SIP_COMMENT)),
                ObservationForm.onRisk(risks().get(0).getId(), text.apply(RISK_OBSERVATION)),
                ObservationForm.onMeasure(measures().get(0).getId(), text.apply(MEASURE_OBSERVATION))));
        Observations observations = ctx.getBean(Observations.class);
        Long first = observations.ofAssessment(team.conductor(), assessmentId).stream()
                .filter(o -> o.targetType() == ObservationTarget.ASSESSMENT).findFirst().orElseThrow().id();
        observations.resolve(team.conductor(), assessmentId, first, true);
        complete(team.conductor(), AssessmentProcess.CORRECT_OBSERVATIONS, null, text.apply("Indicadores precisados"));
        complete(team.alta(), AssessmentProcess.APPROVE_ASSESSMENT, InternalDecision.APPROVE, null);
        return this;
    }

    /**
     * SIP approves, the asynchronous publishing step runs, and then the approved register's job it enqueued (as the
     * job executor would).
     */
    public RegisterJourney approvedBySip() {
        ctx.getBean(ReviewSteps.class).decide(sip(), reviewTaskId(), SipDecision.APPROVED, List.of());
        workflow().runPendingJobs(assessmentId);
        ctx.getBean(DurableJobs.class).runDue(ApprovedRegisterJob.NAME);
        return this;
    }

    private String reviewTaskId() {
        return workflow().inbox(sip()).stream()
                .filter(t -> assessmentId.equals(t.assessmentId()) && t.key().equals(AssessmentProcess.REVIEW_SUBMISSION))
                .findFirst().orElseThrow(() -> new AssertionError("no review task for " + assessmentId)).id();
    }

    /** The first measure is in progress at 40 %, the second implemented. */
    public RegisterJourney progressReported() {
        FollowUpReporting followUp = ctx.getBean(FollowUpReporting.class);
        List<Measure> measures = measures();
        report(followUp, measures.get(0), MeasureStatus.IN_PROGRESS, 40);
        if (measures.size() > 1) {
            report(followUp, measures.get(1), MeasureStatus.IMPLEMENTED, 100);
        }
        return this;
    }

    /**
     * The period ends (its timer fired by hand) and the Conductor rates every risk's controls at close with the
     * scheme's first rating: the residual level at close the register prints.
     */
    public RegisterJourney ratedAtClose() {
        var management = ctx.getBean(org.camunda.bpm.engine.ManagementService.class);
        String pi = ctx.getBean(Assessments.class).find(assessmentId).getProcessInstanceId();
        var timer = management.createJobQuery().processInstanceId(pi).activityId(AssessmentProcess.TIMER_PERIOD_END)
                .singleResult();
        management.executeJob(timer.getId());
        String rating = scheme().controlRatings().get(0).code();
        for (Risk r : risks()) {
            pe.integrity.assessment.ClosingForm f = new pe.integrity.assessment.ClosingForm();
            f.setControlRating(rating);
            f.setVersion(r.getVersion());
            ctx.getBean(pe.integrity.assessment.ClosingRating.class).rate(team.conductor(), r.getId(), f);
        }
        return this;
    }

    /** The process owner uploads a PDF as evidence of the first measure, through the follow-up page's form. */
    public RegisterJourney evidenceUploaded(String filename) {
        Long measureId = measures().get(0).getId();
        try {
            int status = ctx.getBean(org.springframework.test.web.servlet.MockMvc.class)
                    .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .multipart("/assessments/" + assessmentId + "/follow-up/" + measureId + "/evidence")
                            .file(new org.springframework.mock.web.MockMultipartFile("file", filename,
                                    "application/pdf", PDF))
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.user(team.tecnico()))
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.csrf()))
                    .andReturn().getResponse().getStatus();
            if (status != 302) {
                throw new AssertionError("evidence upload answered " + status);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public List<Risk> risks() {
        return ctx.getBean(Assessments.class).risks(team.conductor(), assessmentId);
    }

    public List<Measure> measures() {
        return ctx.getBean(Assessments.class).measures(team.conductor(), assessmentId);
    }

    public ScoringScheme scheme() {
        return ctx.getBean(ScoringSchemes.class).byCode(ctx.getBean(Assessments.class).find(assessmentId).getSchemeCode());
    }

    public CurrentUser sip() {
        return (CurrentUser) ctx.getBean(UserDetailsService.class).loadUserByUsername("sip.revisor");
    }

    private void process(ScopeEditing scope, String code, String name, String reason) {
        ScopeProcessForm f = new ScopeProcessForm();
        f.setCatalogProcessCode(code);
        f.setName(text.apply(name));
        f.setPrioritisationReason(text.apply(reason));
        f.setOwnerUsername(team.tecnico().username());
        f.setResponsibleUnit(text.apply("Unidad de " + name));
        scope.addProcess(team.conductor(), assessmentId, f);
    }

    private void identify(Long processId, String stageName, String behaviour, String typology) {
        StageForm stage = new StageForm();
        stage.setName(text.apply(stageName));
        stage.setResponsibleUnit(text.apply("Oficina de " + stageName));
        Long stageId = ctx.getBean(ScopeEditing.class).addStage(team.tecnico(), processId, stage).getId();
        RiskForm f = new RiskForm();
        f.setStageId(stageId);
        f.setContext(text.apply("Contexto: " + stageName + " con alta discrecionalidad"));
        f.setRiskyBehaviour(text.apply(behaviour));
        f.setStatement(text.apply("Posibilidad de que un servidor " + behaviour.toLowerCase() + " para obtener un beneficio indebido"));
        f.setCategory(typology == null || typology.equals("NEPOTISMO") ? PracticeCategory.MISCONDUCT : PracticeCategory.CORRUPTION_ACT);
        f.setTypologyCode(typology);
        f.setCauses(text.apply("Causas de " + stageName + ": controles manuales"));
        f.setConsequences(text.apply("Consecuencias de " + stageName + ": perjuicio económico"));
        f.setActors(text.apply("Actores de " + stageName + ": servidores y terceros"));
        f.setExistingControls(text.apply("Controles de " + stageName + ": revisión del jefe"));
        ctx.getBean(RiskIdentification.class).add(team.tecnico(), processId, f);
    }

    /** Risk i gets probability level i, impact level n-1-i (mod n) and the i-th control rating: spread out. */
    private void evaluateSpread() {
        ScoringScheme scheme = scheme();
        int n = scheme.probabilityLevels().size();
        List<Risk> risks = risks();
        for (int i = 0; i < risks.size(); i++) {
            EvaluationForm f = new EvaluationForm();
            f.setProbability(scheme.probabilityLevels().get(i % n).value());
            f.setImpact(scheme.impactLevels().get((n - 1 - i % n + i / n) % scheme.impactLevels().size()).value());
            f.setControlRating(scheme.controlRatings().get(i % scheme.controlRatings().size()).code());
            f.setVersion(risks.get(i).getVersion());
            ctx.getBean(RiskEvaluation.class).evaluate(team.conductor(), risks.get(i).getId(), f);
        }
    }

    private void treat() {
        TreatmentPlanning treatment = ctx.getBean(TreatmentPlanning.class);
        LocalDate end = LocalDate.now().plusMonths(8);
        for (Risk r : risks()) {
            if (Boolean.TRUE.equals(r.getTreatmentRequired())) {
                MeasureForm m = new MeasureForm();
                m.setDescription(text.apply("Medida para " + r.getCode() + ": publicar y revisar en comité los expedientes"));
                m.setType(r.getCode().endsWith("2") ? MeasureType.DETECTIVE : MeasureType.PREVENTIVE);
                m.setCauseAddressed(text.apply("Discrecionalidad en " + r.getCode()));
                m.setResponsibleUnit(text.apply("Unidad responsable " + r.getCode()));
                m.setResponsiblePerson(text.apply("Jefatura " + r.getCode()));
                m.setStartDate(end.minusMonths(6));
                m.setEndDate(end);
                m.setIndicator(text.apply("Porcentaje de expedientes revisados " + r.getCode()));
                m.setTargetValue(text.apply("100 % al cierre " + r.getCode()));
                m.setVerificationMeans(text.apply("Actas del comité " + r.getCode()));
                m.setResources(text.apply("Personal de la oficina " + r.getCode()));
                treatment.addMeasure(team.conductor(), r.getId(), m);
            } else {
                TreatmentForm f = new TreatmentForm();
                f.setResponse(RiskResponse.ACCEPT);
                f.setJustification(text.apply("Nivel bajo con controles existentes adecuados " + r.getCode()));
                f.setVersion(r.getVersion());
                treatment.respond(team.conductor(), r.getId(), f);
            }
        }
    }

    private void report(FollowUpReporting followUp, Measure m, MeasureStatus status, int progress) {
        ProgressForm f = new ProgressForm();
        f.setStatus(status);
        f.setProgress(progress);
        f.setComment(text.apply(PROGRESS_COMMENT + " " + status.name().toLowerCase()));
        f.setVersion(m.getVersion());
        followUp.report(team.conductor(), m.getId(), f);
    }

    public List<TaskView> tasks(CurrentUser user, String key) {
        return workflow().openTasks(user, assessmentId).stream().filter(t -> t.key().equals(key)).toList();
    }

    public void complete(CurrentUser user, String key, Decision decision, String comment) {
        List<TaskView> found = user.entityId() == null
                ? workflow().inbox(user).stream()
                        .filter(t -> assessmentId.equals(t.assessmentId()) && t.key().equals(key)).toList()
                : tasks(user, key);
        if (found.size() != 1) {
            throw new AssertionError("expected one open " + key + " for " + user.username() + ", found " + found);
        }
        workflow().complete(user, found.get(0).id(), decision == null ? new StepDecision(null, comment) : StepDecision.of(decision, comment));
    }

    private WorkflowTasks workflow() {
        return ctx.getBean(WorkflowTasks.class);
    }
}
