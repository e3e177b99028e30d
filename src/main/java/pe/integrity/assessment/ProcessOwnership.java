package pe.integrity.assessment;

import java.util.Collection;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;

/**
 * Who works on a process in scope (its identification, and the risks and measures under it): the entity's
 * Conductor on every process, a Técnico only on the process they own. Whether the person belongs to the
 * process's entity is the caller's to know (entity access, or the entity-scoped group they were found in).
 */
public final class ProcessOwnership {

    private ProcessOwnership() {}

    /** The rule on a name and roles, for people who are not the signed-in user (e.g. recipients of a mail). */
    public static boolean worksOn(String ownerUsername, String username, Collection<Role> roles) {
        return roles.contains(Role.CONDUCTOR)
                || (roles.contains(Role.TECNICO) && ownerUsername != null && ownerUsername.equalsIgnoreCase(username));
    }

    public static boolean worksOn(String ownerUsername, CurrentUser user) {
        return worksOn(ownerUsername, user.username(), user.roles());
    }
}
