package pe.integrity.assessment;

/**
 * Published inside the opening transaction; the workflow module starts the BPMN process on it, so an
 * assessment never exists without its process.
 */
public record AssessmentOpened(Long assessmentId, Long entityId, int periodYear, String openedBy) {}
