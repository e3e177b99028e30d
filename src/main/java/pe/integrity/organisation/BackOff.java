package pe.integrity.organisation;

import java.time.Duration;
import java.util.Optional;

/**
 * How long sign-in pauses after failures: {@code firstLock} from the {@code pauseAt}-th failure in a row, then
 * doubling with each further failure, never longer than {@code maxLock}. Attempts refused during a pause are not
 * checked and do not count, so an attacker cannot push a real user's pause beyond {@code maxLock}.
 */
record BackOff(int pauseAt, Duration firstLock, Duration maxLock) {

    Optional<Duration> lockAfter(int failures) {
        if (failures < pauseAt) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - pauseAt, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(maxLock) > 0 ? maxLock : lock);
    }
}
