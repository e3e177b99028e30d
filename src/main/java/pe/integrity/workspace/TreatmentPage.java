package pe.integrity.workspace;

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
import pe.integrity.assessment.Completeness;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.MeasureType;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskResponse;
import pe.integrity.assessment.TreatmentForm;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserView;
import pe.integrity.shared.NotFoundException;
import pe.integrity.review.ObservationTarget;
import pe.integrity.review.Observations;
import pe.integrity.review.ObservationsToFix;
import pe.integrity.workflow.AssessmentProcess;

/** Treatment: a response per risk, the measures of the plan, and what is still missing. */
@Component
@Transactional(readOnly = true)
class TreatmentPage {

    private final Assessments assessments;
    private final Completeness completeness;
    private final StepTasks steps;
    private final Permissions permissions;
    private final Views views;
    private final Observations observations;
    private final UserDirectory users;

    TreatmentPage(Assessments assessments, Completeness completeness, StepTasks steps, Permissions permissions,
            Views views, Observations observations, UserDirectory users) {
        this.users = users;
        this.assessments = assessments;
        this.completeness = completeness;
        this.steps = steps;
        this.permissions = permissions;
        this.views = views;
        this.observations = observations;
    }

    void all(CurrentUser user, Long assessmentId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        ScoringScheme scheme = views.scheme(a);
        Map<String, String> typologies = views.typologyNames(locale);
        List<RiskRow> risks = assessments.risks(user, assessmentId).stream()
                .filter(r -> !r.isRemoved())
                .map(r -> views.risk(r, scheme, typologies, locale))
                .toList();
        model.addAttribute("header", views.header(a));
        model.addAttribute("risks", risks);
        model.addAttribute("editableRisks", editable(user, a, risks));
        model.addAttribute("missing", completeness.treatment(assessmentId));
        steps.openTask(user, assessmentId, AssessmentProcess.PLAN_TREATMENT, null)
                .ifPresent(t -> model.addAttribute("task", t));
    }

    void risk(CurrentUser user, Long assessmentId, Long riskId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        Risk r = risk(user, assessmentId, riskId);
        RiskRow row = views.risk(r, views.scheme(a), views.typologyNames(locale), locale);
        model.addAttribute("header", views.header(a));
        model.addAttribute("risk", row);
        model.addAttribute("measures", r.getMeasures().stream().map(m -> views.measure(m, List.of())).toList());
        model.addAttribute("editable", !editable(user, a, List.of(row)).isEmpty());
        model.addAttribute("responses", RiskResponse.values());
        model.addAttribute("observationsHere", observations.toFix(user, assessmentId).on(ObservationTarget.RISK, r.getId()));
        if (!model.containsAttribute("treatmentForm")) {
            TreatmentForm f = new TreatmentForm();
            f.setResponse(r.getResponse());
            f.setJustification(r.getAcceptanceJustification());
            f.setVersion(r.getVersion());
            model.addAttribute("treatmentForm", f);
        }
    }

    /** The measure form page: a new measure of a risk (measureId null) or an existing one. */
    void measure(CurrentUser user, Long assessmentId, Long riskId, Long measureId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        Measure m = measureId == null ? null : measure(user, assessmentId, measureId);
        Risk r = m == null ? risk(user, assessmentId, riskId) : m.getRisk();
        RiskRow row = views.risk(r, views.scheme(a), views.typologyNames(locale), locale);
        model.addAttribute("header", views.header(a));
        model.addAttribute("risk", row);
        model.addAttribute("measureId", measureId);
        model.addAttribute("editable", !editable(user, a, List.of(row)).isEmpty());
        model.addAttribute("types", MeasureType.values());
        model.addAttribute("members", members(a.getEntityId()));
        model.addAttribute("observationsHere", m == null
                ? ObservationsToFix.NONE
                : observations.toFix(user, assessmentId).on(ObservationTarget.MEASURE, measureId));
        if (!model.containsAttribute("measureForm")) {
            model.addAttribute("measureForm", m == null ? new MeasureForm() : form(m));
        }
    }

    String riskOwner(CurrentUser user, Long assessmentId, Long riskId) {
        return risk(user, assessmentId, riskId).getProcess().getOwnerUsername();
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

    private static MeasureForm form(Measure m) {
        MeasureForm f = new MeasureForm();
        f.setDescription(m.getDescription());
        f.setType(m.getType());
        f.setCauseAddressed(m.getCauseAddressed());
        f.setResponsibleUnit(m.getResponsibleUnit());
        f.setResponsibleUsername(m.getResponsibleUsername());
        f.setResponsiblePerson(m.getResponsibleUsername() == null ? m.getResponsiblePerson() : null);
        f.setStartDate(m.getStartDate());
        f.setEndDate(m.getEndDate());
        f.setIndicator(m.getIndicator());
        f.setTargetValue(m.getTargetValue());
        f.setVerificationMeans(m.getVerificationMeans());
        f.setResources(m.getResources());
        f.setVersion(m.getVersion());
        return f;
    }

    private Set<Long> editable(CurrentUser user, Assessment a, List<RiskRow> risks) {
        if (!StepRules.TREATING.contains(a.getStage())) {
            return Set.of();
        }
        return risks.stream()
                .filter(r -> !r.removed() && permissions.worksOn(user, a.getEntityId(), r.ownerUsername()))
                .map(RiskRow::id)
                .collect(Collectors.toSet());
    }

    private Risk risk(CurrentUser user, Long assessmentId, Long riskId) {
        return assessments.risks(user, assessmentId).stream()
                .filter(r -> r.getId().equals(riskId) && !r.isRemoved())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("risk", riskId));
    }

    private Measure measure(CurrentUser user, Long assessmentId, Long measureId) {
        return assessments.measures(user, assessmentId).stream()
                .filter(m -> m.getId().equals(measureId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("measure", measureId));
    }
}
