package pe.integrity.assessment;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;

/**
 * The completion rule of every step: the decision must be one the step asks for, a return must say why, and the
 * step's part of the assessment must have no gaps. A completion that passes is written to the journal under
 * the user's name. Who may complete the step is the workflow's to check (the task's candidate groups), before
 * it asks here; it completes the task in the same transaction, so a refused or lost task leaves no entry.
 */
@Service
@Transactional
public class StepCompletion {

    private final Completeness completeness;
    private final Assessments assessments;

    StepCompletion(Completeness completeness, Assessments assessments) {
        this.completeness = completeness;
        this.assessments = assessments;
    }

    /**
     * Checks and records the completion of a step.
     *
     * @param processInScopeId the process an identification step is about, else null
     * @param posted the decision's name as the page posted it (ignored by steps that ask for none)
     * @throws InvalidInputException {@code outcome}/{@code step.outcome.invalid} for a decision the step does
     *     not offer, {@code comment}/{@code step.comment.required} for a return without a comment
     * @throws StepIncompleteException with the gaps that keep the step from being complete
     */
    public CompletedStep complete(CurrentUser user, AssessmentStep step, Long assessmentId, Long processInScopeId,
            String posted, String comment) {
        Decision decision = step.decision(posted);
        String given = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision != null && decision.needsComment() && given == null) {
            throw new InvalidInputException("comment", "step.comment.required");
        }
        List<Gap> gaps = gaps(step, decision, assessmentId, processInScopeId);
        if (!gaps.isEmpty()) {
            throw new StepIncompleteException(gaps);
        }
        AssessmentEvent.Type journal = step.journal(decision);
        assessments.record(assessmentId, journal, user.username(), user.fullName(), given);
        return new CompletedStep(step, decision, journal);
    }

    /** What the step's part of the assessment still lacks; a return sends the work back, so it needs nothing. */
    private List<Gap> gaps(AssessmentStep step, Decision decision, Long assessmentId, Long processInScopeId) {
        return switch (step) {
            case PREPARE_SCOPE -> completeness.scope(assessmentId);
            case IDENTIFY_RISKS -> completeness.identification(processInScopeId);
            case EVALUATE_RISKS -> completeness.evaluation(assessmentId);
            case PLAN_TREATMENT, CORRECT_OBSERVATIONS -> completeness.treatment(assessmentId);
            case APPROVE_ASSESSMENT ->
                    decision == InternalDecision.APPROVE ? completeness.treatment(assessmentId) : List.of();
            case RATE_RESIDUAL_AT_CLOSE -> completeness.closing(assessmentId);
            case APPROVE_SCOPE, REVIEW_SUBMISSION, REPORT_PROGRESS -> List.of();
        };
    }

    /**
     * A step that passed its rule and is in the journal.
     *
     * @param decision what was decided; null for a step that asks for no decision
     */
    public record CompletedStep(AssessmentStep step, Decision decision, AssessmentEvent.Type journal) {}
}
