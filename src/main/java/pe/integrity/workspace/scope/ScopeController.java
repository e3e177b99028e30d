package pe.integrity.workspace.scope;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
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

/** Preparation (Conductor): the context and the processes in scope, then "Completar paso". */
@Controller
@RequestMapping("/assessments/{id}/scope")
public class ScopeController {

    static final String VIEW = "workspace/scope";
    static final String PROCESS_VIEW = "workspace/scope-process";

    private final ScopePage page;
    private final Assessments assessments;
    private final ScopeEditing scope;
    private final StepTasks steps;
    private final StepGuard guard;
    private final ConfirmPage confirm;
    private final SmartValidator validator;

    ScopeController(ScopePage page, Assessments assessments, ScopeEditing scope, StepTasks steps, StepGuard guard,
            ConfirmPage confirm, SmartValidator validator) {
        this.page = page;
        this.assessments = assessments;
        this.scope = scope;
        this.steps = steps;
        this.guard = guard;
        this.confirm = confirm;
        this.validator = validator;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model, Locale locale) {
        page.fill(user, id, model, locale);
        return VIEW;
    }

    @PostMapping("/context")
    String context(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("contextForm") ContextForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        editable(user, id);
        if (errors.hasErrors()) {
            page.fill(user, id, model, locale);
            return VIEW;
        }
        assessments.describeContext(user, id, form.getContext());
        flash.addFlashAttribute("notice", "form.saved");
        return "redirect:/assessments/" + id + "/scope";
    }

    @PostMapping("/processes")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("processForm") ScopeProcessForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        editable(user, id);
        validate(form, errors, locale);
        if (FormErrors.accepted(errors, () -> scope.addProcess(user, id, form))) {
            flash.addFlashAttribute("notice", "form.saved");
            return "redirect:/assessments/" + id + "/scope";
        }
        page.fill(user, id, model, locale);
        return VIEW;
    }

    @GetMapping("/processes/{pid}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid, Model model,
            Locale locale) {
        page.fillProcess(user, id, pid, model, locale);
        return PROCESS_VIEW;
    }

    @PostMapping("/processes/{pid}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid,
            @ModelAttribute("processForm") ScopeProcessForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        editable(user, id);
        page.process(user, id, pid);
        validate(form, errors, locale);
        if (FormErrors.accepted(errors, () -> scope.updateProcess(user, pid, form))) {
            flash.addFlashAttribute("notice", "form.saved");
            return "redirect:/assessments/" + id + "/scope";
        }
        page.fillProcess(user, id, pid, model, locale);
        return PROCESS_VIEW;
    }

    /** "Quitar" a process from the scope asks first (one with risks is refused by the POST). */
    @GetMapping("/processes/{pid}/remove")
    String confirmRemove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid,
            Model model) {
        editable(user, id);
        String here = "/assessments/" + id + "/scope";
        return confirm.ask(user, id, new Confirmation("workspace.confirm.process.title",
                "workspace.confirm.process.text", page.process(user, id, pid).getName(),
                here + "/processes/" + pid + "/remove", "workspace.confirm.process.yes", here), model);
    }

    @PostMapping("/processes/{pid}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long pid,
            Model model, Locale locale, RedirectAttributes flash) {
        editable(user, id);
        page.process(user, id, pid);
        try {
            scope.removeProcess(user, pid);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.code());
            page.fill(user, id, model, locale);
            return VIEW;
        }
        flash.addFlashAttribute("notice", "workspace.scope.removed");
        return "redirect:/assessments/" + id + "/scope";
    }

    @GetMapping("/complete")
    String confirmComplete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String taskId, Model model) {
        return confirm.askToComplete(user, id, AssessmentProcess.PREPARE_SCOPE, taskId,
                "/assessments/" + id + "/scope", model);
    }

    @PostMapping("/complete")
    String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        return steps.completeFromPage(user, id, AssessmentProcess.PREPARE_SCOPE, form, errors, model, flash,
                () -> page.fill(user, id, model, locale), VIEW);
    }

    /** Conductor of the entity, in preparation: checked before the form is looked at. */
    private void editable(CurrentUser user, Long id) {
        guard.requireConductor(user, id, StepRules.SCOPE);
    }

    /**
     * A catalogue process gives its name when none was typed; an unknown catalogue code is refused. Bean
     * validation runs after that, so the name rule sees the filled-in name.
     */
    private void validate(ScopeProcessForm form, BindingResult errors, Locale locale) {
        if (form.getCatalogProcessCode() != null) {
            var name = page.catalogName(form.getCatalogProcessCode(), locale);
            if (name.isEmpty()) {
                errors.rejectValue("catalogProcessCode", "workspace.catalogProcess.unknown");
            } else if (form.getName() == null) {
                form.setName(name.get());
            }
        }
        validator.validate(form, errors);
    }
}
