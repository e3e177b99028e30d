package pe.integrity.workspace;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import pe.integrity.assessment.StageClosedException;
import pe.integrity.workflow.TaskGoneException;

/**
 * Conflicts on the workspace's screens get a page that says which conflict it was: a step someone already
 * completed, or a change the assessment's stage no longer allows. Stale versions keep the shared 409 page.
 */
@ControllerAdvice(basePackageClasses = WorkspaceAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceAdvice {

    @ExceptionHandler(TaskGoneException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String taskGone(Model model) {
        model.addAttribute("reason", "task.gone");
        return "workspace/conflict";
    }

    @ExceptionHandler(StageClosedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String stageClosed(Model model) {
        model.addAttribute("reason", "workspace.conflict.stageClosed");
        return "workspace/conflict";
    }
}
