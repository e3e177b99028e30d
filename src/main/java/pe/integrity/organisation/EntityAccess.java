package pe.integrity.organisation;

import org.springframework.stereotype.Component;

/**
 * The one place that says whether a user may read or change an entity's data. Controllers call it through
 * {@code @PreAuthorize("@entityAccess.canRead(principal, #entityId)")}, services call it directly.
 */
@Component("entityAccess")
public class EntityAccess {

    /** Own entity, or a global reader (SIP reviewer, auditor, administrator). */
    public boolean canRead(Object principal, Long entityId) {
        return readScope(principal).includes(entityId);
    }

    /**
     * The same rule for lists across entities: a global reader reads every entity, anyone else their own entity
     * only. Such lists filter by it in their query, so no URL parameter widens what they return.
     */
    public ReadScope readScope(Object principal) {
        if (!(principal instanceof CurrentUser user)) {
            return ReadScope.NONE;
        }
        return user.isGlobalReader() ? ReadScope.ALL : ReadScope.of(user.entityId());
    }

    /** Only people of the entity itself change its assessment data; auditors and SIP never do. */
    public boolean canWork(Object principal, Long entityId) {
        if (!(principal instanceof CurrentUser user) || entityId == null) {
            return false;
        }
        return entityId.equals(user.entityId()) && user.roles().stream().anyMatch(Role::isEntityScoped);
    }
}
