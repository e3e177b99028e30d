package pe.integrity.review;

/** SIP's decision on a submission: approved, or observed (returned to the entity with observations). */
public enum SipDecision {
    APPROVED,
    OBSERVED
}
