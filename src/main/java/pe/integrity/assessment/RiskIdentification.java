package pe.integrity.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.catalog.Catalog;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.Versions;
import pe.integrity.shared.InvalidInputException;

/** Nivel 2: the process owner (or the Conductor) records the risks of a process. */
@Service
@Transactional
public class RiskIdentification {

    private final AssessmentGuard guard;
    private final RiskRepository risks;
    private final Catalog catalog;

    RiskIdentification(AssessmentGuard guard, RiskRepository risks, Catalog catalog) {
        this.guard = guard;
        this.risks = risks;
        this.catalog = catalog;
    }

    public Risk add(CurrentUser user, Long processId, RiskForm form) {
        ProcessInScope p = guard.processEditable(user, processId, StageWork.IDENTIFICATION);
        Assessment a = p.getAssessment();
        // codes stay stable once given: ... in order of identification within the assessment
        Risk risk = new Risk(a, p, String.format("R-%02d", risks.countAll(a.getId()) + 1));
        risk.describe(stageOf(p, form), form, classified(form));
        return risks.save(risk);
    }

    public Risk update(CurrentUser user, Long riskId, RiskForm form) {
        Risk risk = guard.riskEditable(user, riskId, StageWork.IDENTIFICATION);
        Versions.requireCurrent(form.getVersion(), risk.getVersion(), Risk.class, riskId);
        risk.describe(stageOf(risk.getProcess(), form), form, classified(form));
        return risk;
    }

    /** A risk carried over from last period is marked removed (the register shows it); a new one is deleted. */
    public void remove(CurrentUser user, Long riskId) {
        Risk risk = guard.riskEditable(user, riskId, StageWork.IDENTIFICATION);
        if (risk.getSourceRiskId() != null) {
            risk.markRemoved();
        } else {
            risks.delete(risk);
        }
    }

    private RiskClassification classified(RiskForm form) {
        return RiskClassification.of(catalog, form.getCategory(), form.getTypologyCode());
    }

    private static ProcessActivity stageOf(ProcessInScope p, RiskForm form) {
        if (form.getStageId() == null) {
            return null;
        }
        return p.getStages().stream()
                .filter(s -> s.getId().equals(form.getStageId()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("stageId", "risk.stage.unknown"));
    }
}
