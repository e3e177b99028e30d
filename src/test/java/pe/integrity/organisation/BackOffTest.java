package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackOffTest {

    private final BackOff backOff = new BackOff(5, Duration.ofSeconds(15), Duration.ofMinutes(5));

    @Test
    void theFirstFailuresPauseNothing() {
        assertThat(backOff.lockAfter(1)).isEmpty();
        assertThat(backOff.lockAfter(4)).isEmpty();
    }

    @Test
    void thePauseDoublesWithEachFurtherFailure() {
        assertThat(backOff.lockAfter(5)).contains(Duration.ofSeconds(15));
        assertThat(backOff.lockAfter(6)).contains(Duration.ofSeconds(30));
        assertThat(backOff.lockAfter(7)).contains(Duration.ofMinutes(1));
        assertThat(backOff.lockAfter(9)).contains(Duration.ofMinutes(4));
    }

    @Test
    void noNumberOfFailuresPausesLongerThanTheCap() {
        assertThat(backOff.lockAfter(10)).contains(Duration.ofMinutes(5));
        assertThat(backOff.lockAfter(1_000_000)).contains(Duration.ofMinutes(5));
    }
}
