package pe.integrity.workspace.overview;

import jakarta.validation.Valid;
import java.util.Optional;
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
import pe.integrity.assessment.NextPeriod;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.FormErrors;
import pe.integrity.workspace.page.Permissions;

/** An assessment's task list, and starting the next period from an approved assessment. */
@Controller
public class OverviewController {

    private final OverviewPage page;
    private final Assessments assessments;
    private final NextPeriod nextPeriod;
    private final Permissions permissions;

    OverviewController(OverviewPage page, Assessments assessments, NextPeriod nextPeriod, Permissions permissions) {
        this.page = page;
        this.assessments = assessments;
        this.nextPeriod = nextPeriod;
        this.permissions = permissions;
    }

    @GetMapping("/assessments/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        page.fill(user, id, model);
        return "workspace/overview";
    }

    @PostMapping("/assessments/{id}/next-period")
    String startNext(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("nextForm") NextPeriodForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        Assessment previous = assessments.get(user, id);
        permissions.requireConductor(user, previous.getEntityId());
        Optional<Assessment> next = FormErrors.result(errors, () -> nextPeriod.start(user, id, form.getPeriodYear()));
        if (next.isPresent()) {
            flash.addFlashAttribute("notice", "workspace.assessment.nextStarted");
            return "redirect:/assessments/" + next.get().getId();
        }
        page.fill(user, id, model);
        return "workspace/overview";
    }
}
