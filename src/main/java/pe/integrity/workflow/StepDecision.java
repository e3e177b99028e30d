package pe.integrity.workflow;

import pe.integrity.assessment.Decision;

/**
 * What a person answered when completing a step, as the step's page posts it. The assessment's step turns the
 * outcome into its typed {@link Decision} ({@code pe.integrity.assessment.AssessmentStep#decision}).
 *
 * @param outcome the name of the decision for steps that ask for one; null for plain "done"
 * @param comment required when returning
 */
public record StepDecision(String outcome, String comment) {

    public static StepDecision done() {
        return new StepDecision(null, null);
    }

    /** A decision made in code (demo data, the SIP review): posted under its name, like the page does. */
    public static StepDecision of(Decision decision, String comment) {
        return new StepDecision(decision.name(), comment);
    }
}
