package pe.integrity.workspace.identification;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.FormErrors;
import pe.integrity.workspace.page.Permissions;
import pe.integrity.workspace.step.ConfirmPage;
import pe.integrity.workspace.step.Confirmation;
import pe.integrity.workspace.step.StepGuard;
import pe.integrity.workspace.step.StepRules;

/**
 * One risk: all its fields, edited with the version it was read at (a stale save is a 409, never a lost
 * update), its removal, and the comments on it.
 */
@Controller
@RequestMapping("/assessments/{id}/risks/{rid}")
public class RiskController {

    static final String VIEW = "workspace/risk";

    private final IdentificationPage page;
    private final Assessments assessments;
    private final RiskIdentification identification;
    private final RiskComments comments;
    private final Permissions permissions;
    private final StepGuard guard;
    private final ConfirmPage confirm;

    RiskController(IdentificationPage page, Assessments assessments, RiskIdentification identification,
            RiskComments comments, Permissions permissions, StepGuard guard, ConfirmPage confirm) {
        this.page = page;
        this.assessments = assessments;
        this.identification = identification;
        this.comments = comments;
        this.permissions = permissions;
        this.guard = guard;
        this.confirm = confirm;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid, Model model,
            Locale locale) {
        page.risk(user, id, rid, model, locale);
        return VIEW;
    }

    @PostMapping
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @Valid @ModelAttribute("riskForm") RiskForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        editable(user, id, rid);
        if (FormErrors.accepted(errors, () -> identification.update(user, rid, form))) {
            flash.addFlashAttribute("notice", "form.saved");
            return "redirect:/assessments/" + id + "/processes/" + page.processOfRisk(user, id, rid);
        }
        page.risk(user, id, rid, model, locale);
        return VIEW;
    }

    /** "Retirar este riesgo" asks first: a carried-over risk is marked withdrawn, a new one is deleted. */
    @GetMapping("/remove")
    String confirmRemove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            Model model) {
        editable(user, id, rid);
        Risk risk = page.riskOf(user, id, rid);
        String here = "/assessments/" + id + "/risks/" + rid;
        return confirm.ask(user, id, new Confirmation("workspace.confirm.risk.title",
                risk.getSourceRiskId() == null ? "workspace.confirm.risk.delete" : "workspace.confirm.risk.withdraw",
                risk.getCode(), here + "/remove", "workspace.confirm.risk.yes", here), model);
    }

    @PostMapping("/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            RedirectAttributes flash) {
        editable(user, id, rid);
        Long processId = page.processOfRisk(user, id, rid);
        identification.remove(user, rid);
        flash.addFlashAttribute("notice", "workspace.risk.removed");
        return "redirect:/assessments/" + id + "/processes/" + processId;
    }

    @PostMapping("/comments")
    String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long rid,
            @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes flash) {
        permissions.requireComment(user, assessments.get(user, id).getEntityId());
        if (errors.hasErrors()) {
            page.risk(user, id, rid, model, locale);
            return VIEW;
        }
        comments.add(user, id, rid, form.getText());
        flash.addFlashAttribute("notice", "workspace.comment.added");
        return "redirect:/assessments/" + id + "/risks/" + rid + "#comments";
    }

    private void editable(CurrentUser user, Long id, Long rid) {
        guard.requireWorksOn(user, id, page.ownerOfRisk(user, id, rid), StepRules.IDENTIFYING);
    }
}
