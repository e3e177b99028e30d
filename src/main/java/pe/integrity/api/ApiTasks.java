package pe.integrity.api;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import pe.integrity.api.ApiViews.Page;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.SipDecision;
import pe.integrity.organisation.ApiProblems;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.review.ObservationForm;
import pe.integrity.shared.NotFoundException;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.ReviewSteps;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workflow.TaskPage;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/**
 * The caller's open tasks and their completion, through the same services as the inbox and the step pages: the
 * inbox's engine-paged query, and {@link WorkflowTasks#complete} (the step's completion rule, asked before the task
 * completes) or, for SIP's review and the entity's correction, {@link ReviewSteps}, as their pages do.
 *
 * <p>Not transactional itself: each service call is its own transaction, as on the pages, so a lookup that finds the
 * task to be of another step does not doom the completion that follows.
 */
@Service
class ApiTasks {

    /** The longest comment a step page accepts ({@code DecisionForm}). */
    static final int COMMENT_MAX = 4000;

    private final WorkflowTasks tasks;
    private final ReviewSteps review;
    private final Assessments assessments;
    private final ApiProblems problems;

    ApiTasks(WorkflowTasks tasks, ReviewSteps review, Assessments assessments, ApiProblems problems) {
        this.tasks = tasks;
        this.review = review;
        this.assessments = assessments;
        this.problems = problems;
    }

    /**
     * The caller's open tasks, newest first: the inbox's page, cut in the engine; or one assessment's (a bounded list,
     * refused with 403 for an assessment the caller may not read).
     */
    Page<ApiViews.TaskJson> open(CurrentUser user, Long assessmentId, int page, int size) {
        if (assessmentId != null) {
            assessments.get(user, assessmentId);
            return Page.of(tasks.openTasks(user, assessmentId).stream().map(ApiViews.TaskJson::of).toList(), page, size);
        }
        TaskPage found = tasks.inboxPage(user, page, size);
        // the inbox shows its last page for a page past the end; a client asked for that page, which is empty
        List<ApiViews.TaskJson> items = found.page() == page
                ? found.tasks().stream().map(ApiViews.TaskJson::of).toList() : List.of();
        return new Page<>(items, page, size, found.total());
    }

    /** Completes the caller's task as its step's page would; refusals leave the task open and nothing saved. */
    void complete(CurrentUser user, String taskId, TaskApi.Completion body, Locale locale) {
        String outcome = blankToNull(body.outcome());
        String comment = blankToNull(body.comment());
        ApiInput input = ApiInput.of(problems, locale, body, "decisionForm").printable("comment", comment, true);
        if (comment != null && comment.length() > COMMENT_MAX) {
            input.refuse("comment", "Size", "comment", COMMENT_MAX, 0);
        }
        List<ObservationForm> observations = observations(body, input);
        input.orThrow();
        TaskView view = ofStep(user, taskId, AssessmentProcess.REVIEW_SUBMISSION);
        if (view != null) {
            try {
                review.decide(user, taskId, sipDecision(outcome), observations);
            } catch (pe.integrity.shared.InvalidInputException e) {
                // the review page's "decision" is this body's "outcome"
                throw "decision".equals(e.field()) ? new pe.integrity.shared.InvalidInputException("outcome", e.code()) : e;
            }
            return;
        }
        view = ofStep(user, taskId, AssessmentProcess.CORRECT_OBSERVATIONS);
        if (view != null) {
            review.resubmit(user, view.assessmentId(), taskId, comment);
            return;
        }
        tasks.complete(user, taskId, new StepDecision(outcome, comment));
    }

    /**
     * The task when it is of this step, else null: the step pages' own lookup, which answers "not found" for a task of
     * another step (and 403 or 409 for a task that is not the caller's or no longer open).
     */
    private TaskView ofStep(CurrentUser user, String taskId, String key) {
        try {
            return tasks.task(user, taskId, key, null);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** SIP's observations as the review page posts them, each text checked as the page's binding checks it. */
    private static List<ObservationForm> observations(TaskApi.Completion body, ApiInput input) {
        if (body.observations() == null) {
            return List.of();
        }
        for (int i = 0; i < body.observations().size(); i++) {
            TaskApi.ObservationJson o = body.observations().get(i);
            input.printable("observations[" + i + "].text", o == null ? null : o.text(), true);
        }
        // every row is the client's observation, refused by the review's rule if empty, under its own index
        return body.observations().stream().map(o -> {
            ObservationForm f = new ObservationForm();
            if (o != null) {
                f.setTarget(o.target());
                f.setText(o.text());
            }
            return f;
        }).toList();
    }

    /** No decision or an unknown one is null: the review's use case refuses it on field {@code decision}. */
    private static SipDecision sipDecision(String outcome) {
        for (SipDecision d : SipDecision.values()) {
            if (d.name().equals(outcome)) {
                return d;
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
