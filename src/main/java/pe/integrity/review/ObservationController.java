package pe.integrity.review;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;

/**
 * An assessment's observations, for everyone who may read the assessment; the Conductor marks them resolved
 * while correcting, here or on the page where the fix is made ({@code from}: overview, risk, evaluation or
 * measure page), and comes back to that page.
 */
@Controller
class ObservationController {

    private final Observations observations;
    private final Assessments assessments;
    private final EntityDirectory entities;

    ObservationController(Observations observations, Assessments assessments, EntityDirectory entities) {
        this.observations = observations;
        this.assessments = assessments;
        this.entities = entities;
    }

    @GetMapping("/assessments/{assessmentId}/observations")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable Long assessmentId, Model model) {
        Assessment a = assessments.get(user, assessmentId);
        model.addAttribute("assessment", a);
        model.addAttribute("entityName", entities.find(a.getEntityId()).map(PublicEntity::getName).orElse("—"));
        model.addAttribute("rounds", observations.grouped(user, assessmentId));
        model.addAttribute("canResolve", observations.canResolve(user, assessmentId));
        return "review/observations";
    }

    @PostMapping("/assessments/{assessmentId}/observations/{observationId}/resolve")
    String resolve(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable Long assessmentId,
            @PathVariable Long observationId,
            @RequestParam(defaultValue = "true") boolean resolved,
            @RequestParam(required = false) String from,
            RedirectAttributes flash) {
        ObservationView changed = observations.resolve(user, assessmentId, observationId, resolved);
        flash.addFlashAttribute("resolvedChanged", true);
        return "redirect:" + ResolvedFrom.of(from).redirect(changed);
    }
}
