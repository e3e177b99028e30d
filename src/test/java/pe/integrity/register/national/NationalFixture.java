package pe.integrity.register.national;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
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
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityForm;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserForm;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/**
 * Two entities of their own (so filters can tell them apart) with assessments for {@link #PERIOD} driven
 * through the real use cases and tasks, built once per test JVM:
 * <ul>
 *   <li>A, a ministry in Amazonas: three risks evaluated (two at the scheme's top level, one at its lowest),
 *       treated (measures with hostile text, an accepted risk) and approved internally → SIP review;</li>
 *   <li>B, a district municipality in Tacna: two risks, one evaluated, one not → evaluation.</li>
 * </ul>
 */
public final class NationalFixture {

    static final int PERIOD = 2024;
    static final String SECTOR_A = "Sector de prueba nacional A";
    static final String SECTOR_B = "Sector de prueba nacional B";
    static final String DEPARTMENT_A = "Amazonas";
    static final String DEPARTMENT_B = "Tacna";

    /** Text that a spreadsheet would run as a formula if it were written as one. */
    static final String HOSTILE_DESCRIPTION = "=HYPERLINK(\"http://atacante.example/\",\"Ver evidencia\")";
    static final String HOSTILE_PERSON = "+SUM(1;2)";
    static final String HOSTILE_INDICATOR = "-2+3";
    static final String HOSTILE_MEANS = "@SUM(A1:A2)";
    static final String HOSTILE_STATEMENT = "=1+1 posibilidad de que un servidor cobre por agilizar el trámite";
    /** Stored with SQL: the forms strip leading blanks, imported data might not. */
    static final String HOSTILE_TAB = "\tcmd /c calc";
    static final String HOSTILE_CR = "\r=1+1";

    private static NationalFixture built;

    final Side a;
    final Side b;

    record Side(Long entityId, String name, EntityType type, String sector, String department, Long assessmentId,
            CurrentUser conductor, CurrentUser alta, CurrentUser tecnico, CurrentUser consultivo) {}

    record Services(EntityDirectory entities, UserDirectory users, UserDetailsService details, Assessments assessments,
            ScopeEditing scope, RiskIdentification identification, RiskEvaluation evaluation,
            TreatmentPlanning treatment, WorkflowTasks tasks, ScoringSchemes schemes, JdbcTemplate jdbc) {}

    private NationalFixture(Side a, Side b) {
        this.a = a;
        this.b = b;
    }

    static synchronized NationalFixture get(Services s) {
        if (built == null) {
            Side a = side(s, "a", "Ministerio de Prueba Nacional A", EntityType.MINISTRY, SECTOR_A, DEPARTMENT_A);
            Side b = side(s, "b", "Municipalidad Distrital de Prueba Nacional B", EntityType.DISTRICT_MUNICIPALITY,
                    SECTOR_B, DEPARTMENT_B);
            a = reviewedByTopManagement(s, a);
            b = halfEvaluated(s, b);
            built = new NationalFixture(a, b);
        }
        return built;
    }

    private static Side side(Services s, String key, String name, EntityType type, String sector, String department) {
        EntityForm f = new EntityForm();
        f.setType(type);
        f.setName(name);
        f.setAcronym("PN-" + key.toUpperCase());
        f.setDepartment(department);
        f.setSector(sector);
        f.setActive(true);
        Long id = s.entities().create(f).getId();
        String prefix = "nacional." + key + ".";
        return new Side(id, name, type, sector, department, null,
                user(s, prefix + "conductor", id, Role.CONDUCTOR),
                user(s, prefix + "alta", id, Role.ALTA_DIRECCION),
                user(s, prefix + "tecnico", id, Role.TECNICO),
                user(s, prefix + "consultivo", id, Role.CONSULTIVO));
    }

    private static CurrentUser user(Services s, String username, Long entityId, Role role) {
        UserForm f = new UserForm();
        f.setUsername(username);
        f.setFullName("Persona " + username);
        f.setEmail(username + "@test.integridad.pe");
        f.setEntityId(entityId);
        f.setRoles(EnumSet.of(role));
        f.setPassword("secret-" + username);
        s.users().create(f);
        return (CurrentUser) s.details().loadUserByUsername(username);
    }

    private static Side reviewedByTopManagement(Services s, Side side) {
        Assessment a = s.assessments().open(side.conductor(), PERIOD, "Ministerio con compras frecuentes");
        side = withAssessment(side, a.getId());
        ProcessInScope procurement = process(s, side, "CONTRATACIONES", "Contrataciones");
        ProcessInScope licences = process(s, side, null, "@Licencias y permisos");
        complete(s, side, side.conductor(), AssessmentProcess.PREPARE_SCOPE, null);
        complete(s, side, side.alta(), AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE);
        identify(s, side, procurement, "Direccionar los requerimientos a un proveedor",
                "Posibilidad de que el área usuaria direccione las especificaciones técnicas para favorecer a un postor",
                PracticeCategory.CORRUPTION_ACT, "COLUSION");
        identify(s, side, procurement, "Dar conformidad a prestaciones incompletas",
                "Posibilidad de que un servidor otorgue conformidad a prestaciones no ejecutadas",
                PracticeCategory.CORRUPTION_ACT, "COHECHO");
        identify(s, side, licences, "Cobrar por agilizar el trámite", HOSTILE_STATEMENT,
                PracticeCategory.MISCONDUCT, null);
        doneIdentifying(s, side);
        ScoringScheme scheme = scheme(s, side);
        List<Risk> risks = s.assessments().risks(side.conductor(), side.assessmentId());
        evaluate(s, side, risks.get(0), max(scheme.probabilityLevels().size()), scheme, true);
        evaluate(s, side, risks.get(1), max(scheme.probabilityLevels().size()), scheme, true);
        evaluate(s, side, risks.get(2), 0, scheme, false);
        complete(s, side, side.conductor(), AssessmentProcess.EVALUATE_RISKS, null);
        for (Risk r : s.assessments().risks(side.conductor(), side.assessmentId())) {
            if (Boolean.TRUE.equals(r.getTreatmentRequired())) {
                s.treatment().addMeasure(side.conductor(), r.getId(), measure(r.getCode(), false));
                s.treatment().addMeasure(side.conductor(), r.getId(), measure(r.getCode(), true));
            } else {
                TreatmentForm f = new TreatmentForm();
                f.setResponse(RiskResponse.ACCEPT);
                f.setJustification("Riesgo bajo con controles suficientes");
                f.setVersion(r.getVersion());
                s.treatment().respond(side.conductor(), r.getId(), f);
            }
        }
        complete(s, side, side.conductor(), AssessmentProcess.PLAN_TREATMENT, null);
        complete(s, side, side.alta(), AssessmentProcess.APPROVE_ASSESSMENT, InternalDecision.APPROVE);
        // data that did not come through the forms (which strip leading blanks), e.g. a later import
        s.jdbc().update("""
                UPDATE measure SET resources = ?, cause_addressed = ?
                WHERE id = (SELECT MIN(m.id) FROM measure m JOIN risk r ON r.id = m.risk_id WHERE r.assessment_id = ?)""",
                HOSTILE_TAB, HOSTILE_CR, side.assessmentId());
        return side;
    }

    private static Side halfEvaluated(Services s, Side side) {
        Assessment a = s.assessments().open(side.conductor(), PERIOD, "Municipalidad con alta demanda de licencias");
        side = withAssessment(side, a.getId());
        ProcessInScope hr = process(s, side, "RECURSOS_HUMANOS", "Gestión de recursos humanos");
        complete(s, side, side.conductor(), AssessmentProcess.PREPARE_SCOPE, null);
        complete(s, side, side.alta(), AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE);
        identify(s, side, hr, "Favorecer a familiares en la selección",
                "Posibilidad de que miembros del comité favorezcan a familiares en la selección CAS",
                PracticeCategory.MISCONDUCT, "NEPOTISMO");
        identify(s, side, hr, "Omitir el registro de asistencia",
                "Posibilidad de que un jefe omita registrar inasistencias de su personal",
                PracticeCategory.QUESTIONABLE_PRACTICE, null);
        doneIdentifying(s, side);
        ScoringScheme scheme = scheme(s, side);
        Risk first = s.assessments().risks(side.conductor(), side.assessmentId()).get(0);
        // a middle cell of the matrix, weakest controls
        evaluate(s, side, first, scheme.probabilityLevels().size() / 2, scheme, true);
        return side;
    }

    // ---- helpers ----

    private static Side withAssessment(Side s, Long assessmentId) {
        return new Side(s.entityId(), s.name(), s.type(), s.sector(), s.department(), assessmentId, s.conductor(),
                s.alta(), s.tecnico(), s.consultivo());
    }

    private static ProcessInScope process(Services s, Side side, String code, String name) {
        ScopeProcessForm f = new ScopeProcessForm();
        f.setCatalogProcessCode(code);
        f.setName(name);
        f.setPrioritisationReason("Exposición a terceros y presupuesto");
        f.setOwnerUsername(side.tecnico().username());
        f.setResponsibleUnit("Unidad de " + name);
        return s.scope().addProcess(side.conductor(), side.assessmentId(), f);
    }

    private static void identify(Services s, Side side, ProcessInScope p, String behaviour, String statement,
            PracticeCategory category, String typology) {
        StageForm stage = new StageForm();
        stage.setName("Etapa " + behaviour.substring(0, 10));
        stage.setResponsibleUnit(p.getResponsibleUnit());
        Long stageId = s.scope().addStage(side.tecnico(), p.getId(), stage).getId();
        RiskForm f = new RiskForm();
        f.setStageId(stageId);
        f.setRiskyBehaviour(behaviour);
        f.setStatement(statement);
        f.setCategory(category);
        f.setTypologyCode(typology);
        f.setCauses("Discrecionalidad");
        f.setConsequences("Perjuicio económico");
        f.setActors("Servidores del área");
        f.setExistingControls("Revisión del jefe inmediato");
        s.identification().add(side.tecnico(), p.getId(), f);
    }

    private static void doneIdentifying(Services s, Side side) {
        for (TaskView t : open(s, side, side.tecnico(), AssessmentProcess.IDENTIFY_RISKS)) {
            s.tasks().complete(side.tecnico(), t.id(), StepDecision.done());
        }
    }

    private static ScoringScheme scheme(Services s, Side side) {
        return s.schemes().byCode(s.assessments().find(side.assessmentId()).getSchemeCode());
    }

    private static int max(int size) {
        return size - 1;
    }

    /** Probability and impact at this index of the scheme's axes; weakest or strongest controls. */
    private static void evaluate(Services s, Side side, Risk risk, int index, ScoringScheme scheme, boolean weak) {
        EvaluationForm f = new EvaluationForm();
        f.setProbability(scheme.probabilityLevels().get(index).value());
        f.setImpact(scheme.impactLevels().get(Math.min(index, scheme.impactLevels().size() - 1)).value());
        List<String> ratings = scheme.controlRatings().stream().map(c -> c.code()).toList();
        f.setControlRating(weak ? weakest(s, scheme, ratings) : strongest(s, scheme, ratings));
        f.setVersion(risk.getVersion());
        s.evaluation().evaluate(side.conductor(), risk.getId(), f);
    }

    /** The rating that keeps the top level where it is. */
    private static String weakest(Services s, ScoringScheme scheme, List<String> ratings) {
        String top = scheme.highestLevel().code();
        return ratings.stream()
                .filter(c -> s.schemes().residual(scheme.code(), top, c).code().equals(top))
                .findFirst()
                .orElseThrow();
    }

    /** The rating that lowers the top level most. */
    private static String strongest(Services s, ScoringScheme scheme, List<String> ratings) {
        String top = scheme.highestLevel().code();
        return ratings.stream()
                .min(java.util.Comparator.comparingInt(
                        c -> s.schemes().residual(scheme.code(), top, c).rank()))
                .orElseThrow();
    }

    private static MeasureForm measure(String riskCode, boolean hostile) {
        LocalDate end = LocalDate.of(PERIOD + 1, 6, 30);
        MeasureForm m = new MeasureForm();
        m.setDescription(hostile ? HOSTILE_DESCRIPTION : "Publicar las bases y actas del riesgo " + riskCode);
        m.setType(hostile ? MeasureType.DETECTIVE : MeasureType.PREVENTIVE);
        m.setCauseAddressed("Discrecionalidad");
        m.setResponsibleUnit("Logística");
        m.setResponsiblePerson(hostile ? HOSTILE_PERSON : "Jefe de Logística");
        m.setStartDate(end.minusMonths(6));
        m.setEndDate(end);
        m.setIndicator(hostile ? HOSTILE_INDICATOR : "Porcentaje de procesos publicados");
        m.setTargetValue("100 % de los procesos de " + riskCode);
        m.setVerificationMeans(hostile ? HOSTILE_MEANS : "Reporte del portal");
        m.setResources("Personal de Logística");
        return m;
    }

    private static List<TaskView> open(Services s, Side side, CurrentUser user, String key) {
        return s.tasks().openTasks(user, side.assessmentId()).stream().filter(t -> t.key().equals(key)).toList();
    }

    private static void complete(Services s, Side side, CurrentUser user, String key, Decision decision) {
        List<TaskView> found = open(s, side, user, key);
        if (found.size() != 1) {
            throw new AssertionError("expected one open " + key + " for " + user.username() + ", found " + found);
        }
        s.tasks().complete(user, found.get(0).id(), decision == null ? StepDecision.done() : StepDecision.of(decision, null));
    }
}
