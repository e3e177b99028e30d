package pe.integrity.history;

import org.springframework.stereotype.Component;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;

/**
 * Who may read an assessment's full history, its one home: auditors and SIP reviewers for every entity, and the
 * entity's own Conductor and Alta Dirección. Técnicos, advisers and administrators do not (the history names every
 * person's changes; administrators run the platform, they do not audit). Templates ask it as
 * {@code @historyAccess} to show the link.
 */
@Component("historyAccess")
public class HistoryAccess {

    public boolean mayRead(Object principal, Long entityId) {
        if (!(principal instanceof CurrentUser user) || entityId == null) {
            return false;
        }
        if (user.has(Role.AUDITOR) || user.has(Role.SIP_REVIEWER)) {
            return true;
        }
        return entityId.equals(user.entityId()) && (user.has(Role.CONDUCTOR) || user.has(Role.ALTA_DIRECCION));
    }
}
