package pe.integrity.workspace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pe.integrity.shared.MultiLine;

/** Confirming the resubmission: the correction task, and a comment for Alta Dirección and SIP. */
class CorrectionForm {

    @NotBlank
    private String taskId;

    @MultiLine
    @Size(max = 4000)
    private String comment;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId == null ? null : taskId.strip();
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
