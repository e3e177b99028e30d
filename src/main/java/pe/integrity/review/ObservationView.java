package pe.integrity.review;

import java.time.Instant;

/**
 * An observation as screens and registers show it.
 *
 * @param processId the process of the risk or measure observed (to link to its page), null for the assessment
 *     or when the target no longer exists
 */
public record ObservationView(
        Long id,
        Long assessmentId,
        int round,
        ObservationTarget targetType,
        Long targetId,
        String targetLabel,
        String text,
        String authorName,
        Instant createdAt,
        boolean resolved,
        String resolvedBy,
        Instant resolvedAt,
        Long processId) {}
