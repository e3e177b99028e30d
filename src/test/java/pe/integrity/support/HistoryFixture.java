package pe.integrity.support;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessActivity;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.assessment.StageForm;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workflow.AssessmentProcess;

/**
 * A fresh team's assessment in identification: the Conductor put one process in scope, Alta Dirección approved
 * the scope, and the process's Técnico added an activity and a risk. Each step runs as its person, signed in the
 * way a request is (so the history names them), through the real use cases and the task service.
 */
public final class HistoryFixture {

    public final AssessmentJourney journey;
    public final Long assessmentId;
    public final ProcessInScope process;
    public final ProcessActivity activity;
    public final Risk risk;
    private final ApplicationContext ctx;

    public HistoryFixture(ApplicationContext ctx) {
        this.ctx = ctx;
        journey = AssessmentJourney.open(ctx, LocalDate.now().getYear());
        assessmentId = journey.assessmentId;
        ScopeProcessForm f = new ScopeProcessForm();
        f.setName("Contrataciones");
        f.setPrioritisationReason("Presupuesto alto");
        f.setOwnerUsername(journey.team.tecnico().username());
        f.setResponsibleUnit("Logística");
        process = as(journey.team.conductor(),
                () -> ctx.getBean(ScopeEditing.class).addProcess(journey.team.conductor(), assessmentId, f));
        as(journey.team.conductor(), () -> {
            journey.complete(journey.team.conductor(), AssessmentProcess.PREPARE_SCOPE, null, null);
            return null;
        });
        as(journey.team.alta(), () -> {
            journey.complete(journey.team.alta(), AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE, null);
            return null;
        });
        StageForm stage = new StageForm();
        stage.setName("Selección del proveedor");
        stage.setResponsibleUnit("Logística");
        activity = as(journey.team.tecnico(),
                () -> ctx.getBean(ScopeEditing.class).addStage(journey.team.tecnico(), process.getId(), stage));
        RiskForm risk = AssessmentJourney.riskForm("Direccionar la selección a un postor");
        this.risk = as(journey.team.tecnico(),
                () -> ctx.getBean(RiskIdentification.class).add(journey.team.tecnico(), process.getId(), risk));
    }

    /** The risk as it is now (its version moves with each edit). */
    public Risk currentRisk() {
        return ctx.getBean(Assessments.class).risks(journey.team.tecnico(), assessmentId).stream()
                .filter(r -> r.getId().equals(risk.getId()))
                .findFirst()
                .orElseThrow();
    }

    /** Runs the work as the signed-in user, as a request of theirs would. */
    public static <T> T as(CurrentUser user, Supplier<T> work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
