package pe.integrity.workspace.overview;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.PeriodComparison;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workspace.page.LevelView;
import pe.integrity.workspace.page.Views;

/**
 * "Comparar con el periodo anterior": an assessment's risks next to last period's, for whoever may read the
 * assessment (the entity's people, SIP, auditors). Read only.
 */
@Controller
class ComparisonController {

    private final PeriodComparison comparison;
    private final Assessments assessments;
    private final ScoringSchemes schemes;
    private final Views views;

    ComparisonController(PeriodComparison comparison, Assessments assessments, ScoringSchemes schemes, Views views) {
        this.comparison = comparison;
        this.assessments = assessments;
        this.schemes = schemes;
        this.views = views;
    }

    @GetMapping("/assessments/{id}/compare")
    @Transactional(readOnly = true)
    String compare(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model, Locale locale) {
        PeriodComparison.Comparison c = comparison.of(user, id);
        model.addAttribute("header", views.header(assessments.get(user, id)));
        model.addAttribute("comparison", c);
        model.addAttribute("levelsNow", levels(c.schemeCode(), locale));
        model.addAttribute("levelsBefore", levels(c.previousSchemeCode(), locale));
        return "workspace/compare";
    }

    /** Each level of a scheme as shown, by code. */
    private Levels levels(String schemeCode, Locale locale) {
        Map<String, LevelView> byCode = new HashMap<>();
        for (RiskLevel l : schemes.byCode(schemeCode).levels()) {
            byCode.put(l.code(), Views.level(l, locale));
        }
        return new Levels(byCode);
    }

    /** A scheme's levels for the template: none for a risk not rated. */
    public record Levels(Map<String, LevelView> byCode) {
        public LevelView of(String code) {
            return code == null ? null : byCode.get(code);
        }
    }
}
