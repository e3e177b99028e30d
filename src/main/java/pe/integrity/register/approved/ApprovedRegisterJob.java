package pe.integrity.register.approved;

import java.util.Map;
import org.springframework.stereotype.Component;
import pe.integrity.register.entity.RegisterGenerationException;
import pe.integrity.shared.DurableJob;
import pe.integrity.shared.LaterWork;

/**
 * Generates the approved register of one approval, as a durable job enqueued by {@link ApprovedRegisters#owe}. A
 * failure, recorded on the request, is thrown so the job executor retries it; a retry after success does nothing,
 * since only missing files are generated.
 */
@Component
public class ApprovedRegisterJob implements DurableJob {

    public static final String NAME = "approved-register";

    private final ApprovedRegisters approved;

    ApprovedRegisterJob(ApprovedRegisters approved) {
        this.approved = approved;
    }

    static void enqueue(LaterWork later, Long assessmentId, int round) {
        later.enqueue(NAME, key(assessmentId, round), Map.of("assessmentId", assessmentId, "round", round));
    }

    static int runNow(LaterWork later, Long assessmentId, int round) {
        return later.runNow(NAME, key(assessmentId, round));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(Map<String, Object> payload) {
        Long assessmentId = ((Number) payload.get("assessmentId")).longValue();
        int round = ((Number) payload.get("round")).intValue();
        if (!approved.fulfil(assessmentId, round)) {
            throw new RegisterGenerationException("approved register of assessment " + assessmentId + " (round "
                    + round + ") not generated; the log has the cause under the reference shown on its page", null);
        }
    }

    /** The approval it is about, as operators read it in Cockpit: assessment and submission round. */
    private static String key(Long assessmentId, int round) {
        return "assessment " + assessmentId + " round " + round;
    }
}
