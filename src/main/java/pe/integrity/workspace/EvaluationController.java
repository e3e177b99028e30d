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
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.workflow.AssessmentProcess;

/**
 * Evaluation: one form per risk on the overview table; a rating with errors comes back on the risk's own
 * page with the messages next to the fields.
 */
@Controller
@RequestMapping("/assessments/{id}/evaluation")
class EvaluationController {

    static final String VIEW = "workspace/evaluation";
    static final String RISK_VIEW = "workspace/evaluation-risk";

    private final EvaluationPage page;
    private final Assessments assessments;
    private final RiskEvaluation evaluation;
    private final StepTasks steps;
    private final Permissions permissions;
    private final Views views;

    EvaluationController(EvaluationPage page, Assessments assessments, RiskEvaluation evaluation, StepTasks steps,
            Permissions permissions, Views views) {
        this.views = views;
        this.page = page;
        this.assessments = assessments;
        this.evaluation = evaluation;
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
        page.one(user, id, rid, model, locale);
        return RISK_VIEW;
    }

    @PostMapping("/{rid}")
    String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @Valid @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes flash) {
        Assessment a = assessments.get(user, id);
        permissions.requireWorksOn(user, a.getEntityId(), page.owner(user, id, rid));
        Permissions.requireStage(a.getStage(), StepRules.EVALUATING);
        if (!errors.hasErrors()) {
            try {
                evaluation.evaluate(user, rid, form);
                flash.addFlashAttribute("notice", "form.saved");
                return "redirect:/assessments/" + id + "/evaluation#risk-" + rid;
            } catch (InvalidInputException e) {
                errors.rejectValue(e.field(), e.code());
            }
        }
        page.one(user, id, rid, model, locale);
        return RISK_VIEW;
    }

    @GetMapping("/complete")
    String confirmComplete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String taskId, Model model) {
        String here = "/assessments/" + id + "/evaluation";
        return steps.confirmation(user, id, AssessmentProcess.EVALUATE_RISKS, taskId, here + "/complete", here)
                .show(model, views, assessments.get(user, id));
    }

    @PostMapping("/complete")
    String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        return steps.completeFromPage(user, id, AssessmentProcess.EVALUATE_RISKS, form, errors, model, flash,
                () -> page.all(user, id, model, locale), VIEW);
    }
}
