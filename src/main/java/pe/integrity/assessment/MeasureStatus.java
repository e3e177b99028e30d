package pe.integrity.assessment;

/** Progress states of a measure (no iniciada, en curso, implementada). Overdue is a flag, not a state. */
public enum MeasureStatus {
    NOT_STARTED,
    IN_PROGRESS,
    IMPLEMENTED;

    /**
     * Status and progress must tell the same story: not started is 0 %, implemented is 100 %, and anything in
     * between is in progress. Returns the message code of the disagreement, or null when they agree.
     */
    public String disagreementWith(int progress) {
        return switch (this) {
            case NOT_STARTED -> progress == 0 ? null : "followUp.progress.notStarted";
            case IMPLEMENTED -> progress == 100 ? null : "followUp.progress.implemented";
            case IN_PROGRESS -> progress > 0 && progress < 100 ? null : "followUp.progress.inProgress";
        };
    }
}
