package pe.integrity.workflow;

/** A BPMN deadline timer fired: a reminder before a deadline or an escalation after it. */
public record DeadlineNotice(Kind kind, Long assessmentId, Long entityId) {

    public enum Kind {
        REVIEW_REMINDER,
        REVIEW_ESCALATION,
        CORRECTION_REMINDER,
        CORRECTION_ESCALATION
    }
}
