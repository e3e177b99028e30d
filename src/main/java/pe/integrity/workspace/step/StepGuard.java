package pe.integrity.workspace.step;

import java.util.Set;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workspace.page.Permissions;

/**
 * The check a step page's POST makes before its form is looked at: the user may work on the item and the step
 * is open. The assessment module's guard checks the same again on the write.
 */
@Component
public class StepGuard {

    private final Assessments assessments;
    private final Permissions permissions;

    public StepGuard(Assessments assessments, Permissions permissions) {
        this.assessments = assessments;
        this.permissions = permissions;
    }

    /** The Conductor or the owner of the item's process, in one of the step's stages. */
    public Assessment requireWorksOn(CurrentUser user, Long assessmentId, String ownerUsername, Set<AssessmentStage> stages) {
        Assessment a = assessments.get(user, assessmentId);
        permissions.requireWorksOn(user, a.getEntityId(), ownerUsername);
        Permissions.requireStage(a.getStage(), stages);
        return a;
    }

    /** The entity's Conductor only, in one of the step's stages. */
    public Assessment requireConductor(CurrentUser user, Long assessmentId, Set<AssessmentStage> stages) {
        Assessment a = assessments.get(user, assessmentId);
        permissions.requireConductor(user, a.getEntityId());
        Permissions.requireStage(a.getStage(), stages);
        return a;
    }
}
