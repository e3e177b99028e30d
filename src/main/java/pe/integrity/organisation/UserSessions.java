package pe.integrity.organisation;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a person's open sessions on every node (sessions live in PostgreSQL): after an administrator changes
 * their entity, roles, password or disables them, the next request of any of their browsers is signed out and
 * a new sign-in reads the account as it is now.
 */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends them once the current transaction commits (at once when there is none), so a rollback ends none. */
    void endAllOfAfterCommit(String username) {
        endAllOfAfterCommit(username, null);
    }

    /** Like {@link #endAllOfAfterCommit(String)}, but keeps the session {@code keep} (the person's own request). */
    void endAllOfAfterCommit(String username, String keep) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            endAllOf(username, keep);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                endAllOf(username, keep);
            }
        });
    }

    /** Ends every session of the user except {@code keep} (the session id of the request itself, or null). */
    void endAllOf(String username, String keep) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
    }
}
