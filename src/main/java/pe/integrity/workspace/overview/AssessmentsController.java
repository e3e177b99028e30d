package pe.integrity.workspace.overview;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
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
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.FormErrors;
import pe.integrity.workspace.page.Permissions;
import pe.integrity.workspace.page.Views;

/** An entity's assessments, and the Conductor opening a new one for a period. */
@Controller
public class AssessmentsController {

    /** The guide was approved in 2023: no assessment before it. */
    static final int FIRST_PERIOD = 2023;

    private final Assessments assessments;
    private final Permissions permissions;
    private final Views views;
    private final Clock clock;

    AssessmentsController(Assessments assessments, Permissions permissions, Views views, Clock clock) {
        this.assessments = assessments;
        this.permissions = permissions;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/entities/{entityId}/assessments")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable Long entityId, Model model) {
        model.addAttribute("assessments", assessments.ofEntity(user, entityId));
        model.addAttribute("entityId", entityId);
        model.addAttribute("entityName", views.entityName(entityId));
        model.addAttribute("canOpen", permissions.conducts(user, entityId));
        return "workspace/assessments";
    }

    @GetMapping("/assessments/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        permissions.requireConductor(user, user.entityId());
        OpenAssessmentForm form = new OpenAssessmentForm();
        form.setPeriodYear(LocalDate.now(clock).getYear());
        return form(model, form);
    }

    @PostMapping("/assessments")
    String open(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") OpenAssessmentForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        permissions.requireConductor(user, user.entityId());
        Optional<Assessment> opened = FormErrors.result(errors,
                () -> assessments.open(user, form.getPeriodYear(), form.getContext()));
        if (opened.isEmpty()) {
            return form(model, form);
        }
        flash.addFlashAttribute("notice", "workspace.assessment.opened");
        return "redirect:/assessments/" + opened.get().getId();
    }

    private String form(Model model, OpenAssessmentForm form) {
        model.addAttribute("form", form);
        model.addAttribute("years", years());
        return "workspace/assessment-new";
    }

    /** From the guide's first year to next year, newest first. */
    private List<Integer> years() {
        int next = LocalDate.now(clock).getYear() + 1;
        return IntStream.rangeClosed(FIRST_PERIOD, next).map(y -> next + FIRST_PERIOD - y).boxed().toList();
    }
}
