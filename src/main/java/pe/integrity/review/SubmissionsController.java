package pe.integrity.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;

/**
 * "Comparar remisiones": what changed between any two submissions SIP received of one assessment (the first and the
 * last by default), side by side field by field, for whoever may read the assessment. Read only.
 */
@Controller
class SubmissionsController {

    private final Submissions submissions;
    private final Assessments assessments;
    private final EntityDirectory entities;
    private final ScoringSchemes schemes;

    SubmissionsController(Submissions submissions, Assessments assessments, EntityDirectory entities,
            ScoringSchemes schemes) {
        this.submissions = submissions;
        this.assessments = assessments;
        this.entities = entities;
        this.schemes = schemes;
    }

    @GetMapping("/assessments/{assessmentId}/submissions")
    @Transactional(readOnly = true)
    String compare(@AuthenticationPrincipal CurrentUser user, @PathVariable Long assessmentId,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
        Assessment a = assessments.get(user, assessmentId);
        List<Submissions.Received> received = submissions.received(user, assessmentId);
        model.addAttribute("assessment", a);
        model.addAttribute("entityName", entities.find(a.getEntityId()).map(PublicEntity::getName).orElse("—"));
        model.addAttribute("received", received);
        if (received.size() >= 2) {
            int first = from == null ? received.get(0).round() : from;
            int last = to == null ? received.get(received.size() - 1).round() : to;
            model.addAttribute("from", first);
            model.addAttribute("to", last);
            if (first == last) {
                model.addAttribute("same", true);
            } else {
                model.addAttribute("diff", submissions.between(user, assessmentId, Math.min(first, last),
                        Math.max(first, last)).orElse(null));
            }
        }
        Map<String, RiskLevel> levels = new LinkedHashMap<>();
        schemes.byCode(a.getSchemeCode()).levels().forEach(l -> levels.put(l.code(), l));
        model.addAttribute("levels", levels);
        return "review/submissions";
    }
}
