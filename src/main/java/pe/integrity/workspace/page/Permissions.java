package pe.integrity.workspace.page;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.ProcessOwnership;
import pe.integrity.assessment.StageClosedException;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityAccess;
import pe.integrity.organisation.Role;

/**
 * What a user may do on an assessment's screens: decides which forms a page shows and refuses a POST before
 * its form is even validated. The assessment module's guard checks the same again on every write.
 */
@Component
public class Permissions {

    private final EntityAccess access;

    public Permissions(EntityAccess access) {
        this.access = access;
    }

    public boolean canRead(CurrentUser user, Long entityId) {
        return access.canRead(user, entityId);
    }

    /** The entity's Conductor: runs the method, edits everything in the stages that allow it. */
    public boolean conducts(CurrentUser user, Long entityId) {
        return access.canWork(user, entityId) && user.has(Role.CONDUCTOR);
    }

    /** The Conductor, or the Técnico who owns the process in scope ({@link ProcessOwnership}), of this entity. */
    public boolean worksOn(CurrentUser user, Long entityId, String ownerUsername) {
        return access.canWork(user, entityId) && ProcessOwnership.worksOn(ownerUsername, user);
    }

    /** Advisers, the Conductor and the Técnicos of the entity may comment on risks. */
    public boolean canComment(CurrentUser user, Long entityId) {
        return access.canWork(user, entityId)
                && (user.has(Role.CONSULTIVO) || user.has(Role.CONDUCTOR) || user.has(Role.TECNICO));
    }

    public void requireConductor(CurrentUser user, Long entityId) {
        require(conducts(user, entityId));
    }

    public void requireWorksOn(CurrentUser user, Long entityId, String ownerUsername) {
        require(worksOn(user, entityId, ownerUsername));
    }

    public void requireComment(CurrentUser user, Long entityId) {
        require(canComment(user, entityId));
    }

    public static void requireStage(AssessmentStage stage, Set<AssessmentStage> allowed) {
        if (!allowed.contains(stage)) {
            throw new StageClosedException(stage);
        }
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("not allowed on this assessment");
        }
    }
}
