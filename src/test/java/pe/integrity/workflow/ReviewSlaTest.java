package pe.integrity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** A review's deadline state follows SIP's settings: reminded after 10 days, escalated at the 15-day due date. */
class ReviewSlaTest {

    private static final Instant NOW = Instant.parse("2026-06-15T15:00:00Z"); // 10:00 in Lima
    private final ReviewSla sla = new ReviewSla(new WorkflowSettings(null, null, null, null, null, null, null, null),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFreshSubmissionHasItsFifteenDays() {
        ReviewSla.State s = sla.of(review(Duration.ZERO));
        assertThat(s.daysLeft()).isEqualTo(15);
        assertThat(s.reminded()).isFalse();
        assertThat(s.escalated()).isFalse();
    }

    @Test
    void afterTenDaysItIsReminded() {
        ReviewSla.State s = sla.of(review(Duration.ofDays(10).plusMinutes(1)));
        assertThat(s.daysLeft()).isEqualTo(5);
        assertThat(s.reminded()).isTrue();
        assertThat(s.escalated()).isFalse();
        assertThat(sla.of(review(Duration.ofDays(10).minusMinutes(1))).reminded()).isFalse();
    }

    @Test
    void pastTheDueDateItIsEscalatedAndLate() {
        ReviewSla.State s = sla.of(review(Duration.ofDays(17)));
        assertThat(s.daysLeft()).isEqualTo(-2);
        assertThat(s.reminded()).isTrue();
        assertThat(s.escalated()).isTrue();
        assertThat(sla.of(review(Duration.ofDays(15))).daysLeft()).as("on the due day").isZero();
    }

    @Test
    void withoutADueDateThereAreNoDaysToCount() {
        TaskView t = new TaskView("t", AssessmentProcess.REVIEW_SUBMISSION, "Revisar", 1L, 1L, null,
                Date.from(NOW), null, null);
        assertThat(sla.of(t).daysLeft()).isNull();
        assertThat(sla.of(t).escalated()).isFalse();
    }

    /** A review task created {@code ago}, due 15 days after creation as StageTracker sets it. */
    private static TaskView review(Duration ago) {
        Instant created = NOW.minus(ago);
        return new TaskView("t", AssessmentProcess.REVIEW_SUBMISSION, "Revisar", 1L, 1L, null, Date.from(created),
                Date.from(created.atZone(ZoneOffset.UTC).plusDays(15).toInstant()), null);
    }
}
