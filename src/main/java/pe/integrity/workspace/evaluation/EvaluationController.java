package pe.integrity.workspace.evaluation;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workspace.step.RiskStepController;
import pe.integrity.workspace.step.StepRules;

/**
 * Evaluation: one form per risk on the overview table; a rating with errors comes back on the risk's own
 * page with the messages next to the fields.
 */
@Controller
@RequestMapping("/assessments/{id}/evaluation")
public class EvaluationController extends RiskStepController {

    private final RiskEvaluation evaluation;

    EvaluationController(EvaluationPage page, RiskEvaluation evaluation, Collaborators with) {
        super("evaluation", AssessmentProcess.EVALUATE_RISKS, StepRules.EVALUATING, page, with);
        this.evaluation = evaluation;
    }

    @PostMapping("/{rid}")
    String evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @Valid @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes flash) {
        return save(user, id, rid, errors, () -> evaluation.evaluate(user, rid, form),
                stepUrl(id) + "#risk-" + rid, model, locale, flash);
    }
}
