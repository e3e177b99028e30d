package pe.integrity.workspace.evaluation;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workspace.page.RiskRow;
import pe.integrity.workspace.page.Views;
import pe.integrity.workspace.step.RiskStepPage;
import pe.integrity.workspace.step.StepRisks;
import pe.integrity.workspace.step.StepRules;

/** Evaluation: every risk's probability, impact and control rating on the assessment's scheme; the heat maps. */
@Component
@Transactional(readOnly = true)
public class EvaluationPage implements RiskStepPage {

    private final Assessments assessments;
    private final StepRisks stepRisks;
    private final EvaluationMaps evaluationMaps;
    private final Views views;

    EvaluationPage(Assessments assessments, StepRisks stepRisks, EvaluationMaps evaluationMaps, Views views) {
        this.assessments = assessments;
        this.stepRisks = stepRisks;
        this.evaluationMaps = evaluationMaps;
        this.views = views;
    }

    @Override
    public void all(CurrentUser user, Long assessmentId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        ScoringScheme scheme = views.scheme(a);
        List<RiskRow> risks = stepRisks.overview(user, a, AssessmentProcess.EVALUATE_RISKS, StepRules.EVALUATING,
                model, locale);
        model.addAttribute("inherentMap", evaluationMaps.inherent(scheme, risks, locale));
        model.addAttribute("residualMap", evaluationMaps.residual(scheme, risks, locale));
        scale(scheme, model);
    }

    @Override
    public void one(CurrentUser user, Long assessmentId, Long riskId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        Risk r = stepRisks.page(user, a, riskId, StepRules.EVALUATING, model, locale);
        scale(views.scheme(a), model);
        if (!model.containsAttribute("evaluationForm")) {
            EvaluationForm f = new EvaluationForm();
            f.setProbability(r.getProbability());
            f.setImpact(r.getImpact());
            f.setControlRating(r.getControlRating());
            f.setVersion(r.getVersion());
            model.addAttribute("evaluationForm", f);
        }
    }

    /** The scheme's axes and ratings: the selects are built from them, never from a fixed size. */
    private static void scale(ScoringScheme scheme, Model model) {
        model.addAttribute("scheme", scheme);
        model.addAttribute("probabilities", scheme.probabilityLevels());
        model.addAttribute("impacts", scheme.impactLevels());
        model.addAttribute("ratings", scheme.controlRatings());
    }
}
