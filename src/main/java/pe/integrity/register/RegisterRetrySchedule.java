package pe.integrity.register;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Retries approved registers whose generation failed (disk full, a template broken by an edit...), every
 * {@code app.registers.retry.interval}. Off in tests, which call {@link ApprovedRegisters#retryPending()}.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "app.registers.retry.enabled", havingValue = "true", matchIfMissing = true)
class RegisterRetrySchedule {

    private final ApprovedRegisters approved;

    RegisterRetrySchedule(ApprovedRegisters approved) {
        this.approved = approved;
    }

    @Scheduled(initialDelayString = "${app.registers.retry.interval:PT10M}",
            fixedDelayString = "${app.registers.retry.interval:PT10M}")
    void retry() {
        approved.retryPending();
    }
}
