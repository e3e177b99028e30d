package pe.integrity.workspace.review;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.StepIncompleteException;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.review.Correction;
import pe.integrity.review.CorrectionSummary;
import pe.integrity.shared.FormErrors;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.ReviewSteps;
import pe.integrity.workflow.TaskView;
import pe.integrity.workspace.step.DecisionForm;
import pe.integrity.workspace.step.StepTasks;

/**
 * "Subsanar observaciones": what the resubmission sends, and the Conductor's confirmation. A step someone
 * completed meanwhile gets the workspace's conflict page ({@link WorkspaceAdvice}).
 */
@Controller
public class CorrectionController {

    private final Correction correction;
    private final ReviewSteps steps;
    private final StepTasks tasks;
    private final EntityDirectory entities;

    CorrectionController(Correction correction, ReviewSteps steps, StepTasks tasks, EntityDirectory entities) {
        this.correction = correction;
        this.steps = steps;
        this.tasks = tasks;
        this.entities = entities;
    }

    @GetMapping("/assessments/{id}/correction")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        return page(user, id, new DecisionForm(), model);
    }

    @PostMapping("/assessments/{id}/correction")
    String resubmit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("form") DecisionForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        try {
            if (FormErrors.accepted(errors, () -> steps.resubmit(user, id, form.getTaskId(), form.getComment()))) {
                flash.addFlashAttribute("notice", "correction.sent");
                return "redirect:/assessments/" + id;
            }
        } catch (StepIncompleteException e) {
            model.addAttribute("gaps", e.gaps());
        }
        return page(user, id, form, model);
    }

    private String page(CurrentUser user, Long id, DecisionForm form, Model model) {
        CorrectionSummary summary = correction.preview(user, id);
        model.addAttribute("summary", summary);
        model.addAttribute("entityName", entities.find(summary.entityId()).map(PublicEntity::getName).orElse("—"));
        model.addAttribute("form", form);
        // the confirmation is offered only to the holder of the open correction task
        model.addAttribute("taskId", tasks.openTask(user, id, AssessmentProcess.CORRECT_OBSERVATIONS, null)
                .map(TaskView::id).orElse(null));
        return "review/correction";
    }
}
