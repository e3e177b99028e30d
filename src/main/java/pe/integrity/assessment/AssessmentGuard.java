package pe.integrity.assessment;

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

    /** Conductor of the entity, in a stage that allows the work. */
    Assessment conductorEditable(CurrentUser user, Long assessmentId, StageWork work) {
        Assessment a = readable(user, assessmentId);
        requireRole(user, a, Role.CONDUCTOR);
        work.requireIn(a.getStage());
        return a;
    }

    /** A person of the entity who works on the process ({@link ProcessOwnership}), in a stage that allows the work. */
    ProcessInScope processEditable(CurrentUser user, Long processId, StageWork work) {
        ProcessInScope p = processes.findById(processId).orElseThrow(() -> new NotFoundException("process", processId));
        Assessment a = readable(user, p.getAssessment().getId());
        if (!access.canWork(user, a.getEntityId()) || !ProcessOwnership.worksOn(p.getOwnerUsername(), user)) {
            throw new AccessDeniedException("neither the Conductor nor the owner of the process");
        }
        work.requireIn(a.getStage());
        return p;
    }

    Risk riskEditable(CurrentUser user, Long riskId, StageWork work) {
        Risk r = risks.findById(riskId).orElseThrow(() -> new NotFoundException("risk", riskId));
        processEditable(user, r.getProcess().getId(), work);
        return r;
    }

    Measure measureEditable(CurrentUser user, Long measureId, StageWork work) {
        Measure m = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure", measureId));
        riskEditable(user, m.getRisk().getId(), work);
        return m;
    }

    /** A measure's progress is reported by its responsible user, or by whoever may work on its process. */
    Measure measureReportable(CurrentUser user, Long measureId, StageWork work) {
        Measure m = measures.findById(measureId).orElseThrow(() -> new NotFoundException("measure", measureId));
        Assessment a = readable(user, m.getRisk().getProcess().getAssessment().getId());
        if (!mayReport(user, a, m)) {
            throw new AccessDeniedException("not the measure's responsible user, its process owner or the Conductor");
        }
        work.requireIn(a.getStage());
        return m;
    }

    /** The rule behind {@link #measureReportable}, without queries: for pages that list many measures. */
    boolean mayReport(CurrentUser user, Assessment a, Measure m) {
        if (!access.canWork(user, a.getEntityId())) {
            return false;
        }
        return m.isResponsible(user.username())
                || ProcessOwnership.worksOn(m.getRisk().getProcess().getOwnerUsername(), user);
    }

    /** The entity's Conductor (the role that runs the assessment), working in that entity. */
    boolean conducts(CurrentUser user, Assessment a) {
        return access.canWork(user, a.getEntityId()) && user.has(Role.CONDUCTOR);
    }

    private void requireRole(CurrentUser user, Assessment a, Role role) {
        if (!access.canWork(user, a.getEntityId()) || !user.has(role)) {
            throw new AccessDeniedException("needs " + role + " of the entity");
        }
    }
}
