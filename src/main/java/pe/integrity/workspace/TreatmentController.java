package pe.integrity.workspace;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.TreatmentForm;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.workflow.AssessmentProcess;

/** Treatment: the plan overview with what is missing, each risk's response, and "Completar paso". */
@Controller
@RequestMapping("/assessments/{id}/treatment")
class TreatmentController {

    static final String VIEW = "workspace/treatment";
    static final String RISK_VIEW = "workspace/treatment-risk";

    private final TreatmentPage page;
    private final Assessments assessments;
    private final TreatmentPlanning treatment;
    private final StepTasks steps;
    private final Permissions permissions;
    private final Views views;

    TreatmentController(TreatmentPage page, Assessments assessments, TreatmentPlanning treatment, StepTasks steps,
            Permissions permissions, Views views) {
        this.views = views;
        this.page = page;
        this.assessments = assessments;
        this.treatment = treatment;
        this.steps = steps;
        this.permissions = permissions;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model, Locale locale) {
        page.all(user, id, model, locale);
        return VIEW;
    }

    @GetMapping("/{rid}")
    String risk(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid, Model model,
            Locale locale) {
        page.risk(user, id, rid, model, locale);
        return RISK_VIEW;
    }

    @PostMapping("/{rid}")
    String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @Valid @ModelAttribute("treatmentForm") TreatmentForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes flash) {
        Assessment a = assessments.get(user, id);
        permissions.requireWorksOn(user, a.getEntityId(), page.riskOwner(user, id, rid));
        Permissions.requireStage(a.getStage(), StepRules.TREATING);
        if (!errors.hasErrors()) {
            try {
                treatment.respond(user, rid, form);
                flash.addFlashAttribute("notice", "form.saved");
                return "redirect:/assessments/" + id + "/treatment/" + rid;
            } catch (InvalidInputException e) {
                errors.rejectValue(e.field(), e.code());
            }
        }
        page.risk(user, id, rid, model, locale);
        return RISK_VIEW;
    }

    @GetMapping("/complete")
    String confirmComplete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String taskId, Model model) {
        String here = "/assessments/" + id + "/treatment";
        return steps.confirmation(user, id, AssessmentProcess.PLAN_TREATMENT, taskId, here + "/complete", here)
                .show(model, views, assessments.get(user, id));
    }

    @PostMapping("/complete")
    String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        return steps.completeFromPage(user, id, AssessmentProcess.PLAN_TREATMENT, form, errors, model, flash,
                () -> page.all(user, id, model, locale), VIEW);
    }
}
