package pe.integrity.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserView;
import pe.integrity.shared.Versions;
import pe.integrity.shared.InvalidInputException;

/** Treatment: a response per evaluated risk and the measures of the mitigation plan. */
@Service
@Transactional
public class TreatmentPlanning {

    private final AssessmentGuard guard;
    private final MeasureRepository measures;
    private final UserDirectory users;

    TreatmentPlanning(AssessmentGuard guard, MeasureRepository measures, UserDirectory users) {
        this.guard = guard;
        this.measures = measures;
        this.users = users;
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
        checkDates(form, risk.getProcess().getAssessment());
        resolveResponsible(form, risk.getProcess().getAssessment());
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
        checkDates(form, m.getRisk().getProcess().getAssessment());
        resolveResponsible(form, m.getRisk().getProcess().getAssessment());
        m.describe(form);
        return m;
    }

    public void removeMeasure(CurrentUser user, Long measureId) {
        Measure m = guard.measureEditable(user, measureId, StageWork.TREATMENT);
        m.getRisk().getMeasures().remove(m);
    }

    /**
     * The responsible person is a user of the entity (then their directory name is the one printed) or, when
     * nobody in the system answers for the measure, a name given as text.
     */
    private void resolveResponsible(MeasureForm form, Assessment assessment) {
        if (!form.namesResponsible()) {
            throw new InvalidInputException("responsiblePerson", "measure.person.required");
        }
        if (form.getResponsibleUsername() == null) {
            return;
        }
        UserView user = users.findByUsername(form.getResponsibleUsername())
                .filter(u -> u.enabled() && assessment.getEntityId().equals(u.entityId()))
                .orElseThrow(() -> new InvalidInputException("responsibleUsername", "measure.owner.notMember"));
        form.setResponsibleUsername(user.username());
        form.setResponsiblePerson(user.fullName());
    }

    private static void checkDates(MeasureForm form, Assessment assessment) {
        form.datesProblem(assessment.getPeriodYear()).ifPresent(problem -> {
            throw problem;
        });
    }
}
