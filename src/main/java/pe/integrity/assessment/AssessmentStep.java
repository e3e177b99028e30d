package pe.integrity.assessment;

import java.util.List;
import pe.integrity.shared.InvalidInputException;

/**
 * The user steps of the guide's cycle, in its order: the stage each one means, the decisions it asks for and
 * the journal entry it leaves. {@link StepCompletion} holds what must be true to complete one; the workflow
 * module maps the BPMN's tasks to these steps.
 */
public enum AssessmentStep {
    PREPARE_SCOPE(AssessmentStage.PREPARATION, AssessmentEvent.Type.SCOPE_SUBMITTED),
    APPROVE_SCOPE(AssessmentStage.SCOPE_APPROVAL, ScopeDecision.values()),
    IDENTIFY_RISKS(AssessmentStage.IDENTIFICATION, AssessmentEvent.Type.IDENTIFICATION_DONE),
    EVALUATE_RISKS(AssessmentStage.EVALUATION, AssessmentEvent.Type.EVALUATION_DONE),
    PLAN_TREATMENT(AssessmentStage.TREATMENT, AssessmentEvent.Type.TREATMENT_DONE),
    APPROVE_ASSESSMENT(AssessmentStage.INTERNAL_APPROVAL, InternalDecision.values()),
    REVIEW_SUBMISSION(AssessmentStage.SIP_REVIEW, SipDecision.values()),
    CORRECT_OBSERVATIONS(AssessmentStage.CORRECTION, AssessmentEvent.Type.CORRECTED),
    REPORT_PROGRESS(AssessmentStage.FOLLOW_UP, AssessmentEvent.Type.PROGRESS_REPORTED),
    RATE_RESIDUAL_AT_CLOSE(AssessmentStage.CLOSING, AssessmentEvent.Type.CLOSING_RATED);

    private final AssessmentStage stage;
    private final AssessmentEvent.Type done;
    private final List<Decision> decisions;

    /** A step that is simply done. */
    AssessmentStep(AssessmentStage stage, AssessmentEvent.Type done) {
        this.stage = stage;
        this.done = done;
        this.decisions = List.of();
    }

    /** A step that asks for one of these decisions; each decision names its own journal entry. */
    AssessmentStep(AssessmentStage stage, Decision... decisions) {
        this.stage = stage;
        this.done = null;
        this.decisions = List.of(decisions);
    }

    public AssessmentStage stage() {
        return stage;
    }

    /** The decisions the step asks for; empty when it is simply done. */
    public List<Decision> decisions() {
        return decisions;
    }

    /**
     * The decision a page posted for this step: null for a step that asks for none (whatever was posted), else
     * one of its decisions, or {@link InvalidInputException} on field {@code outcome}.
     */
    public Decision decision(String posted) {
        if (decisions.isEmpty()) {
            return null;
        }
        return decisions.stream()
                .filter(d -> d.name().equals(posted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("outcome", "step.outcome.invalid"));
    }

    /** The journal entry of completing the step with this decision (null for steps that ask for none). */
    AssessmentEvent.Type journal(Decision decision) {
        return decision == null ? done : decision.journal();
    }
}
