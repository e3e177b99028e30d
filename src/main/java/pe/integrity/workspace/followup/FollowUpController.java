package pe.integrity.workspace.followup;

import jakarta.validation.Valid;
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
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.ProgressForm;
import pe.integrity.assessment.StepIncompleteException;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.FormErrors;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.ExtraordinaryReports;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workspace.step.ConfirmPage;
import pe.integrity.workspace.step.DecisionForm;
import pe.integrity.workspace.step.StepTasks;

/** Follow-up: progress reports per measure, and "Completar reporte" for the cycle's task. */
@Controller
@RequestMapping("/assessments/{id}/follow-up")
public class FollowUpController {

    static final String VIEW = "workspace/follow-up";
    static final String MEASURE_VIEW = "workspace/follow-up-measure";

    private final FollowUpPage page;
    private final FollowUpReporting reporting;
    private final StepTasks steps;
    private final ConfirmPage confirm;
    private final ExtraordinaryReports extraordinary;

    FollowUpController(FollowUpPage page, FollowUpReporting reporting, StepTasks steps, ConfirmPage confirm,
            ExtraordinaryReports extraordinary) {
        this.extraordinary = extraordinary;
        this.page = page;
        this.reporting = reporting;
        this.steps = steps;
        this.confirm = confirm;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        page.all(user, id, model);
        return VIEW;
    }

    /** The Conductor asks for the progress report now, outside the cycle; refused with a message, nothing changed. */
    @PostMapping("/extraordinary")
    String askExtraordinary(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("extraordinaryForm") ExtraordinaryForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        if (FormErrors.accepted(errors, () -> extraordinary.ask(user, id, form.getReason()))) {
            flash.addFlashAttribute("notice", "workspace.extraordinary.asked");
            return "redirect:/assessments/" + id + "/follow-up";
        }
        model.addAttribute("extraordinaryRefused", true); // its message shows even once nothing is left to ask for
        page.all(user, id, model);
        return VIEW;
    }

    @GetMapping("/cycles")
    String cycles(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        page.cycles(user, id, model);
        return "workspace/follow-up-cycles";
    }

    @GetMapping("/{mid}")
    String measure(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long mid,
            Model model) {
        page.one(user, id, mid, model);
        return MEASURE_VIEW;
    }

    @PostMapping("/{mid}")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long mid,
            @Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        page.requireMeasureOf(user, id, mid);
        reporting.requireReportable(user, mid);
        if (FormErrors.accepted(errors, () -> reporting.report(user, mid, form))) {
            flash.addFlashAttribute("notice", "form.saved");
            return "redirect:/assessments/" + id + "/follow-up/" + mid;
        }
        page.one(user, id, mid, model);
        return MEASURE_VIEW;
    }

    @GetMapping("/complete")
    String confirmComplete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String taskId, Model model) {
        return confirm.askToComplete(user, id, AssessmentProcess.REPORT_PROGRESS, taskId,
                "/assessments/" + id + "/follow-up", model);
    }

    @PostMapping("/complete")
    String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                steps.complete(user, id, AssessmentProcess.REPORT_PROGRESS, form.getTaskId(), StepDecision.done());
                flash.addFlashAttribute("notice", "workspace.followUp.reported");
                return "redirect:/assessments/" + id;
            } catch (StepIncompleteException e) {
                model.addAttribute("gaps", e.gaps());
            }
        }
        page.all(user, id, model);
        return VIEW;
    }
}
