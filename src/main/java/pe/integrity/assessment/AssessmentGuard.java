package pe.integrity.assessment;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityAccess;
import pe.integrity.shared.NotFoundException;
import pe.integrity.organisation.Role;

/**
 * Loads assessment parts and checks, before any write, that the user belongs to the assessment's entity,
 * holds a role that may make the change and that the assessment is in a stage that allows it.
 */
@Component
class AssessmentGuard {

    private final AssessmentRepository assessments;
    private final ProcessInScopeRepository processes;
    private final RiskRepository risks;
    private final MeasureRepository measures;
    private final EntityAccess access;

    AssessmentGuard(AssessmentRepository assessments, ProcessInScopeRepository processes, RiskRepository risks,
            MeasureRepository measures, EntityAccess access) {
        this.assessments = assessments;
        this.processes = processes;
        this.risks = risks;
        this.measures = measures;
        this.access = access;
    }

    Assessment readable(CurrentUser user, Long assessmentId) {
        Assessment a = assessments.findById(assessmentId).orElseThrow(() -> new NotFoundException("assessment", assessmentId));
        if (!access.canRead(user, a.getEntityId())) {
            throw new AccessDeniedException("assessment of another entity");
        }
        return a;
    }

    /** Conductor of the entity, in one of the given stages. */
    Assessment conductorEditable(CurrentUser user, Long assessmentId, Set<AssessmentStage> stages) {
        Assessment a = readable(user, assessmentId);
        requireRole(user, a, Role.CONDUCTOR);
        requireStage(a, stages);
        return a;
    }

    /** A process may be worked on by the entity's Conductor or by the Técnico who owns it. */
    ProcessInScope processEditable(CurrentUser user, Long processId, Set<AssessmentStage> stages) {
        ProcessInScope p = processes.findById(processId).orElseThrow(() -> new NotFoundException("process", processId));
        Assessment a = readable(user, p.getAssessment().getId());
        boolean owner = user.has(Role.TECNICO) && p.getOwnerUsername().equalsIgnoreCase(user.username());
        if (!owner) {
            requireRole(user, a, Role.CONDUCTOR);
        }
        requireStage(a, stages);
        return p;
    }

    Risk riskEditable(CurrentUser user, Long riskId, Set<AssessmentStage> stages) {
        Risk r = risks.findById(riskId).orElseThrow(() -> new NotFoundException("risk", riskId));
        processEditable(user, r.getProcess().getId(), stages);
        return r;
    }

    Measure measureEditable(CurrentUser user, Long measureId, Set<AssessmentStage> stages) {
        Measure m = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure", measureId));
        riskEditable(user, m.getRisk().getId(), stages);
        return m;
    }

    /** A measure's progress is reported by its responsible user, or by whoever may work on its process. */
    Measure measureReportable(CurrentUser user, Long measureId, Set<AssessmentStage> stages) {
        Measure m = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure", measureId));
        Assessment a = readable(user, m.getRisk().getProcess().getAssessment().getId());
        if (!mayReport(user, a, m)) {
            throw new AccessDeniedException("not the measure's responsible user, its process owner or the Conductor");
        }
        requireStage(a, stages);
        return m;
    }

    /** The rule behind {@link #measureReportable}, without queries: for pages that list many measures. */
    boolean mayReport(CurrentUser user, Assessment a, Measure m) {
        if (!access.canWork(user, a.getEntityId())) {
            return false;
        }
        String processOwner = m.getRisk().getProcess().getOwnerUsername();
        return user.has(Role.CONDUCTOR) || m.isResponsible(user.username())
                || (user.has(Role.TECNICO) && processOwner.equalsIgnoreCase(user.username()));
    }

    private void requireRole(CurrentUser user, Assessment a, Role role) {
        if (!access.canWork(user, a.getEntityId()) || !user.has(role)) {
            throw new AccessDeniedException("needs " + role + " of the entity");
        }
    }

    private static void requireStage(Assessment a, Set<AssessmentStage> stages) {
        if (!stages.contains(a.getStage())) {
            throw new StageClosedException(a.getStage());
        }
    }
}
