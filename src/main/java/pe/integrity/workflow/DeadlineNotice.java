package pe.integrity.workflow;

/** A BPMN deadline timer fired: a reminder before a deadline or an escalation after it. */
public record DeadlineNotice(Kind kind, Long assessmentId, Long entityId) {

    public enum Kind {
        REVIEW_REMINDER,
        REVIEW_ESCALATION,
        CORRECTION_REMINDER,
        CORRECTION_ESCALATION,
        /** The follow-up cycle's progress report is asked for and its deadline is near. */
        FOLLOW_UP_REMINDER,
        /** The follow-up cycle's progress report is late. */
        FOLLOW_UP_ESCALATION
    }
}
