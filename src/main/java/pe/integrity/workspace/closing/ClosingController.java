package pe.integrity.workspace.closing;

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
import pe.integrity.assessment.ClosingForm;
import pe.integrity.assessment.ClosingRating;
import pe.integrity.assessment.MeasureOutcomeForm;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workspace.step.RiskStepController;
import pe.integrity.workspace.step.StepGuard;
import pe.integrity.workspace.step.StepRules;

/**
 * "Calificar nivel residual al cierre": the Conductor rates each risk's controls again at period end, one form
 * per risk as on the evaluation step; a refused rating comes back on the risk's page with its message.
 */
@Controller
@RequestMapping("/assessments/{id}/closing")
public class ClosingController extends RiskStepController {

    private final ClosingRating rating;
    private final StepGuard guard;

    ClosingController(ClosingPage page, ClosingRating rating, StepGuard guard, Collaborators with) {
        super("closing", AssessmentProcess.RATE_RESIDUAL_AT_CLOSE, StepRules.CLOSING, page, with);
        this.rating = rating;
        this.guard = guard;
    }

    @PostMapping("/{rid}")
    String rate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @Valid @ModelAttribute("closingForm") ClosingForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        // the Conductor's step: a process owner may not rate at close, whatever the form says
        guard.requireConductor(user, id, StepRules.CLOSING);
        return save(user, id, rid, errors, () -> rating.rate(user, rid, form), stepUrl(id) + "#risk-" + rid, model,
                locale, flash);
    }

    /**
     * The Conductor decides what becomes of one measure of the risk: carried over or dropped with a reason. A
     * refused decision comes back on the risk's page with its message, next to that measure.
     */
    @PostMapping("/{rid}/measures/{mid}")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @PathVariable Long mid, @ModelAttribute("outcomeForm") MeasureOutcomeForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes flash) {
        guard.requireConductor(user, id, StepRules.CLOSING);
        model.addAttribute("outcomeMeasure", mid);
        return save(user, id, rid, errors, () -> rating.decide(user, rid, mid, form),
                stepUrl(id) + "/" + rid + "#measure-" + mid, model, locale, flash);
    }
}
