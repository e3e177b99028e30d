package pe.integrity.shared;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Optimistic locking for forms: a form carries the version it was read at, and a save against a newer
 * version is refused (shown as the 409 page) instead of overwriting someone else's change.
 */
public final class Versions {

    private Versions() {}

    public static void requireCurrent(Long formVersion, long currentVersion, Class<?> type, Object id) {
        if (formVersion == null || formVersion != currentVersion) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
