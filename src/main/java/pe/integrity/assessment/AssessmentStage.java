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
    CLOSED
}
