package pe.integrity.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Where a submission waiting for SIP stands against SIP's deadlines. The process reminds reviewers
 * {@code reviewReminder} after the submission and escalates at {@code reviewDeadline} (the task's due date), both
 * as non-interrupting timers on the review task with the same settings: so a review is "reminded" and "escalated"
 * once that much time has passed since the task was created, which this computes without reading the jobs.
 */
@Component
public class ReviewSla {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    private final WorkflowSettings settings;
    private final Clock clock;

    ReviewSla(WorkflowSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param daysLeft days until the due date (0 on the day, negative once past it), null without a due date
     */
    public record State(Long daysLeft, boolean reminded, boolean escalated) {}

    public State of(TaskView review) {
        LocalDate today = LocalDate.now(clock.withZone(LIMA));
        Long daysLeft = review.due() == null ? null : ChronoUnit.DAYS.between(today, day(review.due()));
        boolean reminded = review.created() != null && !review.created().toInstant().atZone(LIMA)
                .plus(settings.reviewReminder()).toInstant().isAfter(clock.instant());
        boolean escalated = review.due() != null && !review.due().toInstant().isAfter(clock.instant());
        return new State(daysLeft, reminded || escalated, escalated);
    }

    private static LocalDate day(Date d) {
        return d == null ? null : d.toInstant().atZone(LIMA).toLocalDate();
    }
}
