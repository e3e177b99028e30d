package pe.integrity.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per account and per client address and pauses sign-in after too many ({@link BackOff}).
 * The account's count protects one person's password from guessing; the address's count, with a higher
 * threshold, stops one client from trying one password on many accounts. State is in PostgreSQL
 * ({@code login_throttle}), so it holds across nodes. Unknown user names are counted like real ones, so a pause
 * tells nothing about which accounts exist. A failure is counted in a transaction of its own, so a
 * rolled-back caller (a refused password change) still counts it.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final BackOff account;
    private final BackOff address;
    private final Duration forgetAfter;
    private final TransactionTemplate ownTransaction;

    LoginThrottle(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${app.security.login-throttle.account-pause-at:5}") int accountPauseAt,
            @Value("${app.security.login-throttle.address-pause-at:20}") int addressPauseAt,
            @Value("${app.security.login-throttle.first-lock:PT15S}") Duration firstLock,
            @Value("${app.security.login-throttle.max-lock:PT5M}") Duration maxLock,
            @Value("${app.security.login-throttle.forget-after:PT30M}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.account = new BackOff(accountPauseAt, firstLock, maxLock);
        this.address = new BackOff(addressPauseAt, firstLock, maxLock);
        this.forgetAfter = forgetAfter;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long sign-in stays paused for this account or this address, if it is. */
    Optional<Duration> pausedFor(String username, String clientAddress) {
        Instant now = clock.instant();
        List<Timestamp> until = jdbc.queryForList(
                "SELECT locked_until FROM login_throttle WHERE throttle_key IN (?, ?) AND locked_until > ?",
                Timestamp.class, accountKey(username), addressKey(clientAddress), Timestamp.from(now));
        return until.stream()
                .map(t -> Duration.between(now, t.toInstant()))
                .max(Duration::compareTo);
    }

    /** Counts a failure; committed at once, also when the caller's own transaction rolls back. */
    void failed(String username, String clientAddress) {
        ownTransaction.executeWithoutResult(status -> count(username, clientAddress));
    }

    /**
     * Counts a wrong current password typed by someone already signed in (changing their password): against the
     * account only, since the address has proved it can sign in.
     */
    void failedBySignedInUser(String username) {
        ownTransaction.executeWithoutResult(status -> count(username, null));
    }

    private void count(String username, String clientAddress) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM login_throttle WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)",
                Timestamp.from(now.minus(forgetAfter)), Timestamp.from(now));
        count(accountKey(username), account, now);
        if (clientAddress != null) {
            count(addressKey(clientAddress), address, now);
        }
    }

    /** The person got in: their account's count starts again. The address's count does not (see class comment). */
    void succeeded(String username) {
        jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", accountKey(username));
    }

    private void count(String key, BackOff backOff, Instant now) {
        // one atomic upsert: two nodes counting the same key at once both count
        Integer failures = jdbc.queryForObject(
                """
                INSERT INTO login_throttle (throttle_key, failures, last_failure_at) VALUES (?, 1, ?)
                ON CONFLICT (throttle_key) DO UPDATE SET
                  failures = CASE WHEN login_throttle.last_failure_at < ? THEN 1 ELSE login_throttle.failures + 1 END,
                  last_failure_at = EXCLUDED.last_failure_at
                RETURNING failures""",
                Integer.class, key, Timestamp.from(now), Timestamp.from(now.minus(forgetAfter)));
        backOff.lockAfter(failures).ifPresent(lock -> jdbc.update(
                "UPDATE login_throttle SET locked_until = ? WHERE throttle_key = ?", Timestamp.from(now.plus(lock)), key));
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 200 ? name.substring(0, 200) : name);
    }

    private static String addressKey(String clientAddress) {
        return "address:" + (clientAddress == null ? "unknown" : clientAddress);
    }
}
