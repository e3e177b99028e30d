package pe.integrity.workspace.treatment;

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
import pe.integrity.assessment.TreatmentForm;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workspace.step.RiskStepController;
import pe.integrity.workspace.step.StepRules;

/** Treatment: the plan overview with what is missing, each risk's response, and "Completar paso". */
@Controller
@RequestMapping("/assessments/{id}/treatment")
public class TreatmentController extends RiskStepController {

    private final TreatmentPlanning treatment;

    TreatmentController(TreatmentPage page, TreatmentPlanning treatment, Collaborators with) {
        super("treatment", AssessmentProcess.PLAN_TREATMENT, StepRules.TREATING, page, with);
        this.treatment = treatment;
    }

    @PostMapping("/{rid}")
    String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @Valid @ModelAttribute("treatmentForm") TreatmentForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes flash) {
        return save(user, id, rid, errors, () -> treatment.respond(user, rid, form), stepUrl(id) + "/" + rid,
                model, locale, flash);
    }
}
