package pe.integrity.workflow;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.SipDecision;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.review.Correction;
import pe.integrity.review.ObservationForm;
import pe.integrity.review.SipReview;

/**
 * The two steps whose completion also writes the review module's data: SIP's review and the entity's
 * correction. Each runs the review module's use case and completes the task in one transaction, so when
 * either refuses (invalid observations, a task someone else completed meanwhile) nothing is saved.
 */
@Service
@Transactional
public class ReviewSteps {

    private final WorkflowTasks tasks;
    private final SipReview review;
    private final Correction correction;

    ReviewSteps(WorkflowTasks tasks, SipReview review, Correction correction) {
        this.tasks = tasks;
        this.review = review;
        this.correction = correction;
    }

    /** The open review task of a SIP reviewer; a task of another step is not found. */
    @Transactional(readOnly = true)
    public TaskView reviewTask(CurrentUser reviewer, String taskId) {
        return tasks.task(reviewer, taskId, AssessmentProcess.REVIEW_SUBMISSION, null);
    }

    /** Saves SIP's decision and its observations ({@link SipReview#decide}) and completes the review task. */
    public void decide(CurrentUser reviewer, String taskId, SipDecision decision, List<ObservationForm> forms) {
        TaskView task = reviewTask(reviewer, taskId);
        review.decide(reviewer, task.assessmentId(), decision, forms);
        tasks.complete(reviewer, taskId, StepDecision.of(decision, null));
    }

    /** Sends the corrected assessment on ({@link Correction#resubmission}) by completing the correction task. */
    public void resubmit(CurrentUser user, Long assessmentId, String taskId, String comment) {
        tasks.task(user, taskId, AssessmentProcess.CORRECT_OBSERVATIONS, assessmentId);
        tasks.complete(user, taskId, new StepDecision(null, correction.resubmission(user, assessmentId, comment)));
    }
}
