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
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.NotFoundException;
import pe.integrity.review.ObservationTarget;
import pe.integrity.review.Observations;
import pe.integrity.workflow.AssessmentProcess;

/** Evaluation: every risk's probability, impact and control rating on the assessment's scheme; the heat maps. */
@Component
@Transactional(readOnly = true)
class EvaluationPage {

    private final Assessments assessments;
    private final StepTasks steps;
    private final Permissions permissions;
    private final EvaluationMaps evaluationMaps;
    private final Views views;
    private final Observations observations;

    EvaluationPage(Assessments assessments, StepTasks steps, Permissions permissions, EvaluationMaps evaluationMaps,
            Views views, Observations observations) {
        this.assessments = assessments;
        this.steps = steps;
        this.permissions = permissions;
        this.evaluationMaps = evaluationMaps;
        this.views = views;
        this.observations = observations;
    }

    void all(CurrentUser user, Long assessmentId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        ScoringScheme scheme = views.scheme(a);
        List<RiskRow> risks = rows(user, a, scheme, locale);
        model.addAttribute("header", views.header(a));
        model.addAttribute("risks", risks);
        model.addAttribute("editableRisks", editable(user, a, risks));
        model.addAttribute("inherentMap", evaluationMaps.inherent(scheme, risks, locale));
        model.addAttribute("residualMap", evaluationMaps.residual(scheme, risks, locale));
        scale(scheme, model);
        steps.openTask(user, assessmentId, AssessmentProcess.EVALUATE_RISKS, null)
                .ifPresent(t -> model.addAttribute("task", t));
    }

    void one(CurrentUser user, Long assessmentId, Long riskId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        ScoringScheme scheme = views.scheme(a);
        Risk r = risk(user, assessmentId, riskId);
        RiskRow row = views.risk(r, scheme, views.typologyNames(locale), locale);
        model.addAttribute("header", views.header(a));
        model.addAttribute("risk", row);
        model.addAttribute("editable", !editable(user, a, List.of(row)).isEmpty());
        model.addAttribute("observationsHere", observations.toFix(user, assessmentId).on(ObservationTarget.RISK, riskId));
        scale(scheme, model);
        if (!model.containsAttribute("evaluationForm")) {
            EvaluationForm f = new EvaluationForm();
            f.setProbability(r.getProbability());
            f.setImpact(r.getImpact());
            f.setControlRating(r.getControlRating());
            f.setVersion(r.getVersion());
            model.addAttribute("evaluationForm", f);
        }
    }

    String owner(CurrentUser user, Long assessmentId, Long riskId) {
        return risk(user, assessmentId, riskId).getProcess().getOwnerUsername();
    }

    private List<RiskRow> rows(CurrentUser user, Assessment a, ScoringScheme scheme, Locale locale) {
        Map<String, String> typologies = views.typologyNames(locale);
        return assessments.risks(user, a.getId()).stream()
                .filter(r -> !r.isRemoved())
                .map(r -> views.risk(r, scheme, typologies, locale))
                .toList();
    }

    /** Risks the user may rate now: Conductor or the process owner, in evaluation or correction. */
    private Set<Long> editable(CurrentUser user, Assessment a, List<RiskRow> risks) {
        if (!StepRules.EVALUATING.contains(a.getStage())) {
            return Set.of();
        }
        return risks.stream()
                .filter(r -> !r.removed() && permissions.worksOn(user, a.getEntityId(), r.ownerUsername()))
                .map(RiskRow::id)
                .collect(Collectors.toSet());
    }

    /** The scheme's axes and ratings: the selects are built from them, never from a fixed size. */
    private static void scale(ScoringScheme scheme, Model model) {
        model.addAttribute("scheme", scheme);
        model.addAttribute("probabilities", scheme.probabilityLevels());
        model.addAttribute("impacts", scheme.impactLevels());
        model.addAttribute("ratings", scheme.controlRatings());
    }

    private Risk risk(CurrentUser user, Long assessmentId, Long riskId) {
        return assessments.risks(user, assessmentId).stream()
                .filter(r -> r.getId().equals(riskId) && !r.isRemoved())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("risk", riskId));
    }
}
