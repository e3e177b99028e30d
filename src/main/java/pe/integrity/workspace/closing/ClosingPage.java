package pe.integrity.workspace.closing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ClosingForm;
import pe.integrity.assessment.MeasureOutcomeForm;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workspace.page.Permissions;
import pe.integrity.workspace.page.RiskRow;
import pe.integrity.workspace.page.Views;
import pe.integrity.workspace.step.RiskStepPage;
import pe.integrity.workspace.step.StepRisks;
import pe.integrity.workspace.step.StepRules;

/**
 * The residual level at close: every risk with its inherent and planned residual level, the real state of its
 * measures, and the control rating at close. Only the entity's Conductor rates, and only while the period closes.
 */
@Component
@Transactional(readOnly = true)
public class ClosingPage implements RiskStepPage {

    private final Assessments assessments;
    private final StepRisks stepRisks;
    private final Permissions permissions;
    private final Views views;

    ClosingPage(Assessments assessments, StepRisks stepRisks, Permissions permissions, Views views) {
        this.assessments = assessments;
        this.stepRisks = stepRisks;
        this.permissions = permissions;
        this.views = views;
    }

    @Override
    public void all(CurrentUser user, Long assessmentId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        ScoringScheme scheme = views.scheme(a);
        List<Risk> current = stepRisks.current(user, assessmentId);
        List<RiskRow> rows = stepRisks.overview(user, a, AssessmentProcess.RATE_RESIDUAL_AT_CLOSE, StepRules.CLOSING,
                model, locale);
        Map<Long, RiskRow> byId = rows.stream().collect(Collectors.toMap(RiskRow::id, r -> r));
        model.addAttribute("closing", current.stream()
                .filter(Risk::isEvaluated)
                .map(r -> row(byId.get(r.getId()), r, scheme, locale))
                .toList());
        boolean rates = rates(user, a);
        model.addAttribute("editableRisks", rates ? byId.keySet() : Set.of());
        scale(scheme, model);
    }

    @Override
    public void one(CurrentUser user, Long assessmentId, Long riskId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        ScoringScheme scheme = views.scheme(a);
        Risk r = stepRisks.page(user, a, riskId, StepRules.CLOSING, model, locale);
        model.addAttribute("closingRow", row((RiskRow) model.getAttribute("risk"), r, scheme, locale));
        model.addAttribute("editable", rates(user, a) && r.isEvaluated());
        scale(scheme, model);
        if (!model.containsAttribute("closingForm")) {
            ClosingForm f = new ClosingForm();
            f.setControlRating(r.getClosingControlRating());
            f.setComment(r.getClosingComment());
            f.setVersion(r.getVersion());
            model.addAttribute("closingForm", f);
        }
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", new MeasureOutcomeForm());
        }
    }

    private boolean rates(CurrentUser user, Assessment a) {
        return StepRules.CLOSING.contains(a.getStage()) && permissions.conducts(user, a.getEntityId());
    }

    private ClosingRow row(RiskRow row, Risk r, ScoringScheme scheme, Locale locale) {
        String rating = r.getClosingControlRating();
        String label = rating == null
                ? null
                : scheme.controlRatings().stream()
                        .filter(c -> c.code().equals(rating))
                        .map(c -> c.label(locale))
                        .findFirst()
                        .orElse(rating);
        return new ClosingRow(row, rating, label, views.level(scheme, r.getClosingResidualLevel(), locale),
                r.getClosingComment(), r.getMeasures().stream()
                        .map(m -> new ClosingRow.MeasureState(m.getId(), m.getVersion(), m.getCode(),
                                m.getDescription(), m.getStatus(), m.getProgress(), m.isOverdue(), m.outcome(),
                                m.getDroppedReason()))
                        .toList());
    }

    private static void scale(ScoringScheme scheme, Model model) {
        model.addAttribute("scheme", scheme);
        model.addAttribute("ratings", scheme.controlRatings());
    }
}
