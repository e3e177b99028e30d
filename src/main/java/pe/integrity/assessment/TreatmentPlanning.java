package pe.integrity.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.Versions;
import pe.integrity.shared.InvalidInputException;

/** Treatment: a response per evaluated risk and the measures of the mitigation plan. */
@Service
@Transactional
public class TreatmentPlanning {

    private final AssessmentGuard guard;
    private final MeasureRepository measures;

    TreatmentPlanning(AssessmentGuard guard, MeasureRepository measures) {
        this.guard = guard;
        this.measures = measures;
    }

    public Risk respond(CurrentUser user, Long riskId, TreatmentForm form) {
        Risk risk = guard.riskEditable(user, riskId, StageWork.TREATMENT);
        Versions.requireCurrent(form.getVersion(), risk.getVersion(), Risk.class, riskId);
        if (!risk.isEvaluated()) {
            throw new InvalidInputException("response", "treatment.notEvaluated");
        }
        if (form.getResponse() == RiskResponse.ACCEPT) {
            if (Boolean.TRUE.equals(risk.getTreatmentRequired())) {
                throw new InvalidInputException("response", "treatment.acceptNotAllowed");
            }
            if (form.getJustification() == null) {
                throw new InvalidInputException("justification", "treatment.justification.required");
            }
        }
        risk.respond(form.getResponse(), form.getJustification());
        return risk;
    }

    public Measure addMeasure(CurrentUser user, Long riskId, MeasureForm form) {
        Risk risk = guard.riskEditable(user, riskId, StageWork.TREATMENT);
        checkDates(form);
        Measure m = new Measure(risk);
        m.describe(form);
        risk.getMeasures().add(m);
        if (risk.getResponse() == null) {
            risk.respond(RiskResponse.MITIGATE, null);
        }
        return measures.save(m);
    }

    public Measure updateMeasure(CurrentUser user, Long measureId, MeasureForm form) {
        Measure m = guard.measureEditable(user, measureId, StageWork.TREATMENT);
        Versions.requireCurrent(form.getVersion(), m.getVersion(), Measure.class, measureId);
        checkDates(form);
        m.describe(form);
        return m;
    }

    public void removeMeasure(CurrentUser user, Long measureId) {
        Measure m = guard.measureEditable(user, measureId, StageWork.TREATMENT);
        m.getRisk().getMeasures().remove(m);
    }

    private static void checkDates(MeasureForm form) {
        if (form.getEndDate().isBefore(form.getStartDate())) {
            throw new InvalidInputException("endDate", "measure.endBeforeStart");
        }
    }
}
