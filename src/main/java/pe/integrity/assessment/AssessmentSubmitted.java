package pe.integrity.assessment;

/**
 * The assessment was submitted to SIP; {@code round} counts submissions (1 for the first, 2 after the first
 * correction...). Published inside the submitting transaction, so listeners that store something with it
 * (the review module's snapshot) commit or roll back together with the submission.
 */
public record AssessmentSubmitted(Long assessmentId, Long entityId, int round) {}
