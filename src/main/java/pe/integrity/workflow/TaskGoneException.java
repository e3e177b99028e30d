package pe.integrity.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The task was completed already (by someone else, or in another tab). */
@ResponseStatus(HttpStatus.CONFLICT)
public class TaskGoneException extends RuntimeException {

    public TaskGoneException(String taskId) {
        super("task " + taskId + " is no longer open");
    }
}
