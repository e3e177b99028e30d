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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;

/** The measures of a risk's mitigation: add, edit (with its version), remove. */
@Controller
class MeasureController {

    static final String VIEW = "workspace/measure";

    private final TreatmentPage page;
    private final Assessments assessments;
    private final TreatmentPlanning treatment;
    private final Permissions permissions;
    private final Views views;

    MeasureController(TreatmentPage page, Assessments assessments, TreatmentPlanning treatment,
            Permissions permissions, Views views) {
        this.views = views;
        this.page = page;
        this.assessments = assessments;
        this.treatment = treatment;
        this.permissions = permissions;
    }

    @GetMapping("/assessments/{id}/treatment/{rid}/measures/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            Model model, Locale locale) {
        page.measure(user, id, rid, null, model, locale);
        return VIEW;
    }

    @PostMapping("/assessments/{id}/treatment/{rid}/measures")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        editable(user, id, page.riskOwner(user, id, rid));
        if (!errors.hasErrors()) {
            try {
                treatment.addMeasure(user, rid, form);
                flash.addFlashAttribute("notice", "workspace.measure.added");
                return "redirect:/assessments/" + id + "/treatment/" + rid;
            } catch (InvalidInputException e) {
                errors.rejectValue(e.field(), e.code());
            }
        }
        page.measure(user, id, rid, null, model, locale);
        return VIEW;
    }

    @GetMapping("/assessments/{id}/measures/{mid}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long mid, Model model,
            Locale locale) {
        page.measure(user, id, null, mid, model, locale);
        return VIEW;
    }

    @PostMapping("/assessments/{id}/measures/{mid}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long mid,
            @Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        editable(user, id, page.measureOwner(user, id, mid));
        if (!errors.hasErrors()) {
            try {
                treatment.updateMeasure(user, mid, form);
                flash.addFlashAttribute("notice", "form.saved");
                return "redirect:/assessments/" + id + "/treatment/" + page.riskOfMeasure(user, id, mid);
            } catch (InvalidInputException e) {
                errors.rejectValue(e.field(), e.code());
            }
        }
        page.measure(user, id, null, mid, model, locale);
        return VIEW;
    }

    /** "Eliminar esta medida" asks first. */
    @GetMapping("/assessments/{id}/measures/{mid}/remove")
    String confirmRemove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long mid,
            Model model) {
        editable(user, id, page.measureOwner(user, id, mid));
        String here = "/assessments/" + id + "/measures/" + mid;
        return new Confirmation("workspace.confirm.measure.title", "workspace.confirm.measure.text",
                page.measureDescription(user, id, mid), here + "/remove", "workspace.confirm.measure.yes", here)
                .show(model, views, assessments.get(user, id));
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

    private void editable(CurrentUser user, Long id, String owner) {
        Assessment a = assessments.get(user, id);
        permissions.requireWorksOn(user, a.getEntityId(), owner);
        Permissions.requireStage(a.getStage(), StepRules.TREATING);
    }
}
