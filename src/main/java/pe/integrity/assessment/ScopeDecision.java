package pe.integrity.assessment;

/** Alta Dirección on the scope: approve it, or return it to the Conductor's preparation. */
public enum ScopeDecision implements Decision {
    APPROVE(AssessmentEvent.Type.SCOPE_APPROVED),
    RETURN(AssessmentEvent.Type.SCOPE_RETURNED);

    private final AssessmentEvent.Type journal;

    ScopeDecision(AssessmentEvent.Type journal) {
        this.journal = journal;
    }

    @Override
    public AssessmentEvent.Type journal() {
        return journal;
    }

    @Override
    public boolean needsComment() {
        return this == RETURN;
    }
}
