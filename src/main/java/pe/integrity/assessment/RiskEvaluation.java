package pe.integrity.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.catalog.InherentScore;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.Versions;
import pe.integrity.shared.InvalidInputException;

/**
 * Probability × impact on the assessment's own scheme version; the inherent and residual levels come from
 * the scheme's DMN tables, never from Java.
 */
@Service
@Transactional
public class RiskEvaluation {

    private final AssessmentGuard guard;
    private final ScoringSchemes schemes;

    RiskEvaluation(AssessmentGuard guard, ScoringSchemes schemes) {
        this.guard = guard;
        this.schemes = schemes;
    }

    public Risk evaluate(CurrentUser user, Long riskId, EvaluationForm form) {
        Risk risk = guard.riskEditable(user, riskId, StageWork.EVALUATION);
        Versions.requireCurrent(form.getVersion(), risk.getVersion(), Risk.class, riskId);
        String code = risk.getAssessment().getSchemeCode();
        ScoringScheme scheme = schemes.byCode(code);
        requireIn(scheme.probabilityLevels().stream().anyMatch(l -> l.value() == form.getProbability()), "probability");
        requireIn(scheme.impactLevels().stream().anyMatch(l -> l.value() == form.getImpact()), "impact");
        requireIn(scheme.controlRatings().stream().anyMatch(c -> c.code().equals(form.getControlRating())),
                "controlRating");
        InherentScore inherent = schemes.inherent(code, form.getProbability(), form.getImpact());
        RiskLevel residual = schemes.residual(code, inherent.level().code(), form.getControlRating());
        risk.evaluate(code, inherent.probability(), inherent.impact(), inherent.score(), inherent.level().code(),
                form.getControlRating(), residual.code(), residual.treatmentRequired());
        return risk;
    }

    private static void requireIn(boolean inScale, String field) {
        if (!inScale) {
            throw new InvalidInputException(field, "evaluation.outOfScale");
        }
    }
}
