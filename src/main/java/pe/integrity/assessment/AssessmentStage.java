package pe.integrity.assessment;

/** Where an assessment stands in the guide's cycle; kept in step with the BPMN by the workflow module. */
public enum AssessmentStage {
    PREPARATION,
    SCOPE_APPROVAL,
    IDENTIFICATION,
    EVALUATION,
    TREATMENT,
    INTERNAL_APPROVAL,
    SIP_REVIEW,
    CORRECTION,
    FOLLOW_UP,
    /** The period has ended: the Conductor rates each risk's residual level at close before it closes. */
    CLOSING,
    CLOSED
}
