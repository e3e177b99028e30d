package pe.integrity.workspace.step;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.StepIncompleteException;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.NotFoundException;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/** Finds the user's open task of a step on a page, and completes it from that page only. */
@Component
public class StepTasks {

    private final WorkflowTasks tasks;

    public StepTasks(WorkflowTasks tasks) {
        this.tasks = tasks;
    }

    /** The user's open task of this step of the assessment (of this process, for identification). */
    public Optional<TaskView> openTask(CurrentUser user, Long assessmentId, String key, Long processInScopeId) {
        return tasks.openTasks(user, assessmentId).stream()
                .filter(t -> key.equals(t.key()))
                .filter(t -> processInScopeId == null || processInScopeId.equals(t.processInScopeId()))
                .findFirst();
    }

    /**
     * Completes the task posted by a step page. A task of another step or assessment is not this page's to
     * complete (404); not the user's → 403 and already completed → 409, from the task service.
     */
    public void complete(CurrentUser user, Long assessmentId, String key, String taskId, StepDecision decision) {
        tasks.task(user, taskId, key, assessmentId);
        tasks.complete(user, taskId, decision);
    }

    /**
     * The question before completing a step (its page's "Completar paso" is a GET here): the same task checks as
     * {@link #complete}, then what completing this step does. No task given is no task found (404).
     */
    public Confirmation confirmation(CurrentUser user, Long assessmentId, String key, String taskId, String action,
            String backUrl) {
        if (taskId == null || taskId.isBlank()) {
            throw new NotFoundException("task", taskId);
        }
        tasks.task(user, taskId, key, assessmentId);
        return Confirmation.ofStep(key, taskId, action, backUrl);
    }

    /**
     * A step page's "complete" button: back to the overview when done, else the same page again with the
     * gaps listed ({@code refill} puts the page's model back).
     */
    public String completeFromPage(CurrentUser user, Long assessmentId, String key, DecisionForm form, BindingResult errors,
            Model model, RedirectAttributes flash, Runnable refill, String view) {
        if (!errors.hasErrors()) {
            try {
                complete(user, assessmentId, key, form.getTaskId(), StepDecision.done());
                flash.addFlashAttribute("notice", "workspace.step.completed");
                return "redirect:/assessments/" + assessmentId;
            } catch (StepIncompleteException e) {
                model.addAttribute("gaps", e.gaps());
            }
        }
        refill.run();
        return view;
    }
}
