package pe.integrity.organisation;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/** Sign-in refused without checking the password: too many failures for this account or address just now. */
class LoginPausedException extends AccountStatusException {

    private final Duration remaining;

    LoginPausedException(Duration remaining) {
        super("sign-in paused");
        this.remaining = remaining;
    }

    /** Whole minutes to wait, at least one. */
    long minutes() {
        return Math.max(1, (remaining.getSeconds() + 59) / 60);
    }

    long seconds() {
        return Math.max(1, remaining.getSeconds() + (remaining.getNano() > 0 ? 1 : 0));
    }
}
