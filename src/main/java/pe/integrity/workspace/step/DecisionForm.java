package pe.integrity.workspace.step;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pe.integrity.shared.MultiLine;
import pe.integrity.workspace.page.Text;

/**
 * Completing a step: the task, and for approval steps the decision and its comment (the correction's
 * confirmation has a comment only). Which outcomes exist and when a comment is mandatory is the step's rule
 * ({@code pe.integrity.assessment.StepCompletion}).
 */
public class DecisionForm {

    @NotBlank
    private String taskId;

    private String outcome;

    @MultiLine
    @Size(max = 4000)
    private String comment;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = Text.clean(taskId);
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = Text.clean(outcome);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = Text.clean(comment);
    }
}
