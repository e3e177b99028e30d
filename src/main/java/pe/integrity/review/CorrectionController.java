package pe.integrity.review;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.workflow.StepIncompleteException;
import pe.integrity.workflow.TaskGoneException;

/** "Subsanar observaciones": what the resubmission sends, and the Conductor's confirmation. */
@Controller
class CorrectionController {

    private final Correction correction;
    private final EntityDirectory entities;

    CorrectionController(Correction correction, EntityDirectory entities) {
        this.correction = correction;
        this.entities = entities;
    }

    @GetMapping("/assessments/{id}/correction")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        return page(user, id, new CorrectionForm(), model);
    }

    @PostMapping("/assessments/{id}/correction")
    String resubmit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("form") CorrectionForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                correction.resubmit(user, id, form.getTaskId(), form.getComment());
                flash.addFlashAttribute("notice", "correction.sent");
                return "redirect:/assessments/" + id;
            } catch (InvalidInputException e) {
                errors.rejectValue(e.field(), e.code());
            } catch (StepIncompleteException e) {
                model.addAttribute("gaps", e.gaps());
            }
        }
        return page(user, id, form, model);
    }

    /** The step was completed meanwhile (another tab, another person): say so, change nothing. */
    @ExceptionHandler(TaskGoneException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String taskGone(Model model) {
        model.addAttribute("reason", "task.gone");
        return "workspace/conflict";
    }

    private String page(CurrentUser user, Long id, CorrectionForm form, Model model) {
        CorrectionSummary summary = correction.preview(user, id);
        model.addAttribute("summary", summary);
        model.addAttribute("entityName", entities.find(summary.entityId()).map(PublicEntity::getName).orElse("—"));
        model.addAttribute("form", form);
        return "review/correction";
    }
}
