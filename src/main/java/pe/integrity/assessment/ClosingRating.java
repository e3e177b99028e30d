package pe.integrity.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.NotFoundException;
import pe.integrity.shared.Versions;

/**
 * The residual level at close ("nivel residual al cierre"): at period end the entity's Conductor rates each risk's
 * controls again, now with the measures actually carried out, and the assessment's own scheme gives the level from
 * the inherent level and that rating, as it gave the planned residual level.
 */
@Service
@Transactional
public class ClosingRating {

    private final AssessmentGuard guard;
    private final RiskRepository risks;
    private final ScoringSchemes schemes;
    private final MeasureRepository measures;

    ClosingRating(AssessmentGuard guard, RiskRepository risks, ScoringSchemes schemes, MeasureRepository measures) {
        this.measures = measures;
        this.guard = guard;
        this.risks = risks;
        this.schemes = schemes;
    }

    /**
     * Rates one risk at close.
     *
     * @throws InvalidInputException {@code controlRating}/{@code evaluation.outOfScale} for a rating the scheme does
     *     not have; {@code controlRating}/{@code closing.notEvaluated} for a risk that was never evaluated
     */
    public Risk rate(CurrentUser user, Long riskId, ClosingForm form) {
        Risk risk = risks.findById(riskId)
                .orElseThrow(() -> new NotFoundException("risk", riskId));
        guard.conductorEditable(user, risk.getAssessment().getId(), StageWork.CLOSING);
        if (risk.isRemoved()) {
            throw new NotFoundException("risk", riskId);
        }
        Versions.requireCurrent(form.getVersion(), risk.getVersion(), Risk.class, riskId);
        if (!risk.isEvaluated()) {
            throw new InvalidInputException("controlRating", "closing.notEvaluated");
        }
        String code = risk.getAssessment().getSchemeCode();
        ScoringScheme scheme = schemes.byCode(code);
        if (scheme.controlRatings().stream().noneMatch(c -> c.code().equals(form.getControlRating()))) {
            throw new InvalidInputException("controlRating", "evaluation.outOfScale");
        }
        RiskLevel residual = schemes.residual(code, risk.getInherentLevel(), form.getControlRating());
        risk.rateAtClose(form.getControlRating(), residual.code(), form.getComment());
        return risk;
    }

    /**
     * For each risk of the assessment (withdrawn ones aside), keyed by its code: whether its level fell, stayed or
     * rose from its residual level as evaluated (the controls in place when the plan was made) to its residual level
     * at close (the controls with the measures carried out), by the ranks of the assessment's own scheme: what
     * treatment changed. The closing report says it, and the library of measures asks the same of the same two
     * columns in its SQL. One look-up of the scheme for all the risks.
     */
    @Transactional(readOnly = true)
    public Map<String, LevelChange> changesAtClose(CurrentUser user, Long assessmentId) {
        Assessment a = guard.readable(user, assessmentId);
        ScoringScheme scheme = schemes.byCode(a.getSchemeCode());
        Map<String, LevelChange> changes = new LinkedHashMap<>();
        for (Risk r : risks.findByAssessmentIdOrderByCode(assessmentId)) {
            if (!r.isRemoved()) {
                changes.put(r.getCode(), change(scheme, r));
            }
        }
        return changes;
    }

    private static LevelChange change(ScoringScheme scheme, Risk risk) {
        if (risk.getResidualLevel() == null || risk.getClosingResidualLevel() == null) {
            return LevelChange.NOT_RATED;
        }
        int before = scheme.level(risk.getResidualLevel()).rank();
        int after = scheme.level(risk.getClosingResidualLevel()).rank();
        return after < before ? LevelChange.FELL : after == before ? LevelChange.SAME : LevelChange.ROSE;
    }

    /**
     * What becomes of a measure not implemented when the period closes: carried over into the next period's plan
     * (the default) or dropped with a reason. The Conductor's decision, while the period closes.
     *
     * @throws InvalidInputException {@code reason}/{@code closing.outcome.reasonRequired} to drop without a reason;
     *     {@code outcome}/{@code closing.outcome.implemented} for a measure already implemented
     */
    public Measure decide(CurrentUser user, Long riskId, Long measureId, MeasureOutcomeForm form) {
        Measure m = measures.findById(measureId)
                .filter(found -> found.getRisk().getId().equals(riskId))
                .orElseThrow(() -> new NotFoundException("measure", measureId));
        guard.conductorEditable(user, m.getRisk().getAssessment().getId(), StageWork.CLOSING);
        Versions.requireCurrent(form.getVersion(), m.getVersion(), Measure.class, measureId);
        if (form.getOutcome() == null) {
            throw new InvalidInputException("outcome", "closing.outcome.required");
        }
        String reason = Forms.clean(form.getReason());
        if (reason != null && reason.length() > MeasureOutcomeForm.REASON_MAX) {
            throw new InvalidInputException("reason", "closing.outcome.reasonTooLong");
        }
        m.decideAtClose(form.getOutcome(), reason, user.username());
        return m;
    }
}
