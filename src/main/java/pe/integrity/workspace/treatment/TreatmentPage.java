package pe.integrity.workspace.treatment;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Completeness;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.MeasureType;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskResponse;
import pe.integrity.assessment.TreatmentForm;
import pe.integrity.library.MeasureLibrary;
import pe.integrity.library.Suggestion;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserView;
import pe.integrity.review.ObservationTarget;
import pe.integrity.review.Observations;
import pe.integrity.review.ObservationsToFix;
import pe.integrity.shared.NotFoundException;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workspace.page.Views;
import pe.integrity.workspace.step.RiskStepPage;
import pe.integrity.workspace.step.StepRisks;
import pe.integrity.workspace.step.StepRules;

/** Treatment: a response per risk, the measures of the plan, and what is still missing. */
@Component
@Transactional(readOnly = true)
public class TreatmentPage implements RiskStepPage {

    private final Assessments assessments;
    private final StepRisks stepRisks;
    private final Completeness completeness;
    private final Views views;
    private final Observations observations;
    private final UserDirectory users;
    private final MeasureLibrary library;

    TreatmentPage(Assessments assessments, StepRisks stepRisks, Completeness completeness, Views views,
            Observations observations, UserDirectory users, MeasureLibrary library) {
        this.users = users;
        this.library = library;
        this.assessments = assessments;
        this.stepRisks = stepRisks;
        this.completeness = completeness;
        this.views = views;
        this.observations = observations;
    }

    @Override
    public void all(CurrentUser user, Long assessmentId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        stepRisks.overview(user, a, AssessmentProcess.PLAN_TREATMENT, StepRules.TREATING, model, locale);
        model.addAttribute("missing", completeness.treatment(assessmentId));
    }

    @Override
    public void one(CurrentUser user, Long assessmentId, Long riskId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        Risk r = stepRisks.page(user, a, riskId, StepRules.TREATING, model, locale);
        model.addAttribute("measures", r.getMeasures().stream().map(m -> views.measure(m, List.of())).toList());
        model.addAttribute("responses", RiskResponse.values());
        // «Medidas de entidades similares»: for the people writing the plan, not for those who only read it
        if (Boolean.TRUE.equals(model.getAttribute("editable"))) {
            model.addAttribute("typologyCode", r.getTypologyCode());
            model.addAttribute("suggestions", library.suggestions(user, a.getEntityId(), r.getTypologyCode()));
        }
        if (!model.containsAttribute("treatmentForm")) {
            TreatmentForm f = new TreatmentForm();
            f.setResponse(r.getResponse());
            f.setJustification(r.getAcceptanceJustification());
            f.setVersion(r.getVersion());
            model.addAttribute("treatmentForm", f);
        }
    }

    /**
     * The measure form page: a new measure of a risk (measureId null) or an existing one. A new measure may start
     * from a measure of the library ({@code copyFrom}): its text, type, cause, indicator, target and means of
     * verification; the unit, the responsible person and the dates are the entity's own to fill in.
     */
    void measure(CurrentUser user, Long assessmentId, Long riskId, Long measureId, Long copyFrom, Model model,
            Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        Measure m = measureId == null ? null : measure(user, assessmentId, measureId);
        stepRisks.top(user, a, m == null ? stepRisks.one(user, assessmentId, riskId) : m.getRisk(), StepRules.TREATING,
                model, locale);
        model.addAttribute("measureId", measureId);
        model.addAttribute("types", MeasureType.values());
        model.addAttribute("members", members(a.getEntityId()));
        model.addAttribute("observationsHere", m == null
                ? ObservationsToFix.NONE
                : observations.toFix(user, assessmentId).on(ObservationTarget.MEASURE, measureId));
        if (!model.containsAttribute("measureForm")) {
            model.addAttribute("measureForm", m != null ? MeasureForm.of(m)
                    : copyFrom != null ? copied(user, a, copyFrom, model) : new MeasureForm());
        }
    }

    private MeasureForm copied(CurrentUser user, Assessment a, Long libraryMeasureId, Model model) {
        Suggestion s = library.toCopy(user, a.getEntityId(), libraryMeasureId)
                .orElseThrow(() -> new NotFoundException("library measure", libraryMeasureId));
        MeasureForm f = new MeasureForm();
        f.setDescription(s.description());
        f.setType(s.type());
        f.setCauseAddressed(s.causeAddressed());
        f.setIndicator(s.indicator());
        f.setTargetValue(s.targetValue());
        f.setVerificationMeans(s.verificationMeans());
        model.addAttribute("notice", "library.copied");
        return f;
    }

    String measureOwner(CurrentUser user, Long assessmentId, Long measureId) {
        return measure(user, assessmentId, measureId).getRisk().getProcess().getOwnerUsername();
    }

    String measureDescription(CurrentUser user, Long assessmentId, Long measureId) {
        return measure(user, assessmentId, measureId).getDescription();
    }

    Long riskOfMeasure(CurrentUser user, Long assessmentId, Long measureId) {
        return measure(user, assessmentId, measureId).getRisk().getId();
    }

    /** The entity's active users, by name: who may answer for a measure. */
    private List<UserView> members(Long entityId) {
        return users.ofEntity(entityId).stream().filter(UserView::enabled).toList();
    }


    private Measure measure(CurrentUser user, Long assessmentId, Long measureId) {
        return assessments.measures(user, assessmentId).stream()
                .filter(m -> m.getId().equals(measureId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("measure", measureId));
    }
}
