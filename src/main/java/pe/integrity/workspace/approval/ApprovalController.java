package pe.integrity.workspace.approval;

import jakarta.validation.Valid;
import java.util.Locale;
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
import pe.integrity.shared.FormErrors;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workspace.step.DecisionForm;
import pe.integrity.workspace.step.StepTasks;

/**
 * Alta Dirección's two decisions: approving the scope (or returning it), and approving the whole assessment
 * (or returning it to identification, evaluation or treatment). A return needs a comment.
 */
@Controller
public class ApprovalController {

    private final ApprovalPage page;
    private final StepTasks steps;

    ApprovalController(ApprovalPage page, StepTasks steps) {
        this.page = page;
        this.steps = steps;
    }

    @GetMapping("/assessments/{id}/scope-approval")
    String scope(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        page.scope(user, id, model);
        return "workspace/scope-approval";
    }

    @PostMapping("/assessments/{id}/scope-approval")
    String decideScope(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        if (decide(user, id, AssessmentProcess.APPROVE_SCOPE, form, errors, model)) {
            flash.addFlashAttribute("notice", "workspace.step.decided");
            return "redirect:/assessments/" + id;
        }
        page.scope(user, id, model);
        return "workspace/scope-approval";
    }

    @GetMapping("/assessments/{id}/approval")
    String assessment(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model, Locale locale) {
        page.assessment(user, id, model, locale);
        return "workspace/approval";
    }

    @PostMapping("/assessments/{id}/approval")
    String decideAssessment(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        if (decide(user, id, AssessmentProcess.APPROVE_ASSESSMENT, form, errors, model)) {
            flash.addFlashAttribute("notice", "workspace.step.decided");
            return "redirect:/assessments/" + id;
        }
        page.assessment(user, id, model, locale);
        return "workspace/approval";
    }

    private boolean decide(CurrentUser user, Long id, String key, DecisionForm form, BindingResult errors, Model model) {
        try {
            return FormErrors.accepted(errors, () -> steps.complete(user, id, key, form.getTaskId(),
                    new StepDecision(form.getOutcome(), form.getComment())));
        } catch (StepIncompleteException e) {
            model.addAttribute("gaps", e.gaps());
            return false;
        }
    }
}
