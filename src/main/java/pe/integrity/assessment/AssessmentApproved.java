package pe.integrity.assessment;

/** SIP approved the assessment: it is now the entity's approved register for the period. */
public record AssessmentApproved(Long assessmentId, Long entityId, int periodYear, int submissionRound) {}
