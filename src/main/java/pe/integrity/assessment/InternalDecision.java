package pe.integrity.assessment;

/** Alta Dirección on the whole assessment: approve it for SIP, or return it to one of the earlier steps. */
public enum InternalDecision implements Decision {
    APPROVE,
    RETURN_TO_IDENTIFICATION,
    RETURN_TO_EVALUATION,
    RETURN_TO_TREATMENT;

    @Override
    public AssessmentEvent.Type journal() {
        return this == APPROVE ? AssessmentEvent.Type.APPROVED_INTERNALLY : AssessmentEvent.Type.RETURNED_INTERNALLY;
    }

    @Override
    public boolean needsComment() {
        return this != APPROVE;
    }
}
