package pe.integrity.assessment;

/**
 * SIP's decision on a submission: approved, or observed (returned to the entity with observations, which say
 * why: no comment needed).
 */
public enum SipDecision implements Decision {
    APPROVED,
    OBSERVED;

    @Override
    public AssessmentEvent.Type journal() {
        return this == APPROVED ? AssessmentEvent.Type.SIP_APPROVED : AssessmentEvent.Type.SIP_OBSERVED;
    }

    @Override
    public boolean needsComment() {
        return false;
    }
}
