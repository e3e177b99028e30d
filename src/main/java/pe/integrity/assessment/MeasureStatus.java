package pe.integrity.assessment;

/** Progress states of a measure (no iniciada, en curso, implementada). Overdue is a flag, not a state. */
public enum MeasureStatus {
    NOT_STARTED,
    IN_PROGRESS,
    IMPLEMENTED
}
