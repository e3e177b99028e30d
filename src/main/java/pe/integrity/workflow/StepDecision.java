package pe.integrity.workflow;

/**
 * What a person decides when completing a step.
 *
 * @param outcome for approval steps: APPROVE, RETURN (scope), RETURN_TO_IDENTIFICATION / _EVALUATION /
 *     _TREATMENT (internal approval), APPROVED / OBSERVED (SIP); null for plain "done"
 * @param comment required when returning
 */
public record StepDecision(String outcome, String comment) {

    public static StepDecision done() {
        return new StepDecision(null, null);
    }
}
