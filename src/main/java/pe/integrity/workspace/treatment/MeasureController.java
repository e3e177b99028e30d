package pe.integrity.workspace.treatment;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.FormErrors;
import pe.integrity.workspace.step.ConfirmPage;
import pe.integrity.workspace.step.Confirmation;
import pe.integrity.workspace.step.StepGuard;
import pe.integrity.workspace.step.StepRisks;
import pe.integrity.workspace.step.StepRules;

/** The measures of a risk's mitigation: add, edit (with its version), remove. */
@Controller
public class MeasureController {

    static final String VIEW = "workspace/measure";

    private final TreatmentPage page;
    private final TreatmentPlanning treatment;
    private final StepRisks risks;
    private final StepGuard guard;
    private final ConfirmPage confirm;

    MeasureController(TreatmentPage page, TreatmentPlanning treatment, StepRisks risks, StepGuard guard,
            ConfirmPage confirm) {
        this.page = page;
        this.treatment = treatment;
        this.risks = risks;
        this.guard = guard;
        this.confirm = confirm;
    }

    @GetMapping("/assessments/{id}/treatment/{rid}/measures/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @RequestParam(name = "from", required = false) Long copyFrom, Model model, Locale locale) {
        if (copyFrom != null) {
            // «Copiar a mi plan» from the library: only where the measure could be saved
            editable(user, id, risks.owner(user, id, rid));
        }
        page.measure(user, id, rid, null, copyFrom, model, locale);
        return VIEW;
    }

    @PostMapping("/assessments/{id}/treatment/{rid}/measures")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        editable(user, id, risks.owner(user, id, rid));
        if (FormErrors.accepted(errors, () -> treatment.addMeasure(user, rid, form))) {
            flash.addFlashAttribute("notice", "workspace.measure.added");
            return "redirect:/assessments/" + id + "/treatment/" + rid;
        }
        return form(user, id, rid, null, model, locale);
    }

    @GetMapping("/assessments/{id}/measures/{mid}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long mid, Model model,
            Locale locale) {
        return form(user, id, null, mid, model, locale);
    }

    @PostMapping("/assessments/{id}/measures/{mid}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long mid,
            @Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        editable(user, id, page.measureOwner(user, id, mid));
        if (FormErrors.accepted(errors, () -> treatment.updateMeasure(user, mid, form))) {
            flash.addFlashAttribute("notice", "form.saved");
            return "redirect:/assessments/" + id + "/treatment/" + page.riskOfMeasure(user, id, mid);
        }
        return form(user, id, null, mid, model, locale);
    }

    /** "Eliminar esta medida" asks first. */
    @GetMapping("/assessments/{id}/measures/{mid}/remove")
    String confirmRemove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long mid,
            Model model) {
        editable(user, id, page.measureOwner(user, id, mid));
        String here = "/assessments/" + id + "/measures/" + mid;
        return confirm.ask(user, id, new Confirmation("workspace.confirm.measure.title",
                "workspace.confirm.measure.text", page.measureDescription(user, id, mid), here + "/remove",
                "workspace.confirm.measure.yes", here), model);
    }

    @PostMapping("/assessments/{id}/measures/{mid}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long mid,
            RedirectAttributes flash) {
        editable(user, id, page.measureOwner(user, id, mid));
        Long riskId = page.riskOfMeasure(user, id, mid);
        treatment.removeMeasure(user, mid);
        flash.addFlashAttribute("notice", "workspace.measure.removed");
        return "redirect:/assessments/" + id + "/treatment/" + riskId;
    }

    /** The measure form: a new measure of risk {@code rid} (mid null) or measure {@code mid}. */
    private String form(CurrentUser user, Long id, Long rid, Long mid, Model model, Locale locale) {
        page.measure(user, id, rid, mid, null, model, locale);
        return VIEW;
    }

    private void editable(CurrentUser user, Long id, String owner) {
        guard.requireWorksOn(user, id, owner, StepRules.TREATING);
    }
}
