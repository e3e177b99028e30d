package pe.integrity.workspace.identification;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.StageForm;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.FormErrors;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workspace.step.ConfirmPage;
import pe.integrity.workspace.step.Confirmation;
import pe.integrity.workspace.step.DecisionForm;
import pe.integrity.workspace.step.StepGuard;
import pe.integrity.workspace.step.StepRules;
import pe.integrity.workspace.step.StepTasks;

/** Identification of one process: its stages and risks, by its Técnico or the Conductor. */
@Controller
@RequestMapping("/assessments/{id}/processes/{pid}")
public class IdentificationController {

    static final String VIEW = "workspace/process";

    private final IdentificationPage page;
    private final ScopeEditing scope;
    private final RiskIdentification identification;
    private final StepTasks steps;
    private final StepGuard guard;
    private final ConfirmPage confirm;

    IdentificationController(IdentificationPage page, ScopeEditing scope, RiskIdentification identification,
            StepTasks steps, StepGuard guard, ConfirmPage confirm) {
        this.page = page;
        this.scope = scope;
        this.identification = identification;
        this.steps = steps;
        this.guard = guard;
        this.confirm = confirm;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid, Model model,
            Locale locale) {
        page.process(user, id, pid, model, locale);
        return VIEW;
    }

    @PostMapping("/stages")
    String addStage(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid,
            @Valid @ModelAttribute("stageForm") StageForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        editable(user, id, pid);
        if (errors.hasErrors()) {
            page.process(user, id, pid, model, locale);
            return VIEW;
        }
        scope.addStage(user, pid, form);
        flash.addFlashAttribute("notice", "form.saved");
        return "redirect:/assessments/" + id + "/processes/" + pid;
    }

    /** "Quitar" a stage asks first (a stage with risks is still refused by the POST). */
    @GetMapping("/stages/{sid}/remove")
    String confirmRemoveStage(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid,
            @PathVariable Long sid, Model model) {
        editable(user, id, pid);
        String stage = page.stageName(user, id, pid, sid);
        String here = "/assessments/" + id + "/processes/" + pid;
        return confirm.ask(user, id, new Confirmation("workspace.confirm.stage.title", "workspace.confirm.stage.text",
                stage, here + "/stages/" + sid + "/remove", "workspace.confirm.stage.yes", here), model);
    }

    @PostMapping("/stages/{sid}/remove")
    String removeStage(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid,
            @PathVariable Long sid, Model model, Locale locale, RedirectAttributes flash) {
        editable(user, id, pid);
        try {
            scope.removeStage(user, pid, sid);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.code());
            page.process(user, id, pid, model, locale);
            return VIEW;
        }
        flash.addFlashAttribute("notice", "workspace.stage.removed");
        return "redirect:/assessments/" + id + "/processes/" + pid;
    }

    @PostMapping("/risks")
    String addRisk(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid,
            @Valid @ModelAttribute("riskForm") RiskForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        editable(user, id, pid);
        Optional<Risk> added = FormErrors.result(errors, () -> identification.add(user, pid, form));
        if (added.isPresent()) {
            flash.addFlashAttribute("notice", "workspace.risk.added");
            flash.addFlashAttribute("noticeArg", added.get().getCode());
            return "redirect:/assessments/" + id + "/processes/" + pid;
        }
        page.process(user, id, pid, model, locale);
        return VIEW;
    }

    @GetMapping("/complete")
    String confirmComplete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid,
            @RequestParam(required = false) String taskId, Model model) {
        page.processOf(user, id, pid);
        return confirm.askToComplete(user, id, AssessmentProcess.IDENTIFY_RISKS, taskId,
                "/assessments/" + id + "/processes/" + pid, model);
    }

    @PostMapping("/complete")
    String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid,
            @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        return steps.completeFromPage(user, id, AssessmentProcess.IDENTIFY_RISKS, form, errors, model, flash,
                () -> page.process(user, id, pid, model, locale), VIEW);
    }

    /** The Conductor or the process owner, while identification is open. */
    private void editable(CurrentUser user, Long id, Long pid) {
        guard.requireWorksOn(user, id, page.ownerOfProcess(user, id, pid), StepRules.IDENTIFYING);
    }
}
