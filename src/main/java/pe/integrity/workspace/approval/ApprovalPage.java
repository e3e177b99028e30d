package pe.integrity.workspace.approval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Completeness;
import pe.integrity.assessment.Decision;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workspace.page.LevelCount;
import pe.integrity.workspace.page.RiskRow;
import pe.integrity.workspace.page.Views;
import pe.integrity.workspace.step.DecisionForm;
import pe.integrity.workspace.step.StepRisks;
import pe.integrity.workspace.step.StepTasks;
import pe.integrity.workspace.treatment.PlanRisk;

/**
 * What Alta Dirección sees before deciding: the scope, or the whole assessment and its treatment plan (each
 * risk with its levels and response, each measure with its owner, deadline and indicator).
 */
@Component
@Transactional(readOnly = true)
public class ApprovalPage {

    private final Assessments assessments;
    private final StepRisks stepRisks;
    private final Completeness completeness;
    private final StepTasks steps;
    private final Views views;

    ApprovalPage(Assessments assessments, StepRisks stepRisks, Completeness completeness, StepTasks steps,
            Views views) {
        this.assessments = assessments;
        this.stepRisks = stepRisks;
        this.completeness = completeness;
        this.steps = steps;
        this.views = views;
    }

    void scope(CurrentUser user, Long assessmentId, Model model) {
        Assessment a = assessments.get(user, assessmentId);
        Map<String, String> names = views.names(a.getEntityId());
        model.addAttribute("header", views.header(a));
        model.addAttribute("processes", assessments.processes(user, assessmentId).stream()
                .map(p -> views.process(p, names, 0))
                .toList());
        common(user, a, AssessmentProcess.APPROVE_SCOPE, model);
    }

    void assessment(CurrentUser user, Long assessmentId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        ScoringScheme scheme = views.scheme(a);
        Map<String, String> typologies = views.typologyNames(locale);
        List<PlanRisk> plan = stepRisks.current(user, assessmentId).stream()
                .map(r -> new PlanRisk(views.risk(r, scheme, typologies, locale),
                        r.getMeasures().stream().map(m -> views.measure(m, List.of())).toList()))
                .toList();
        List<RiskRow> risks = plan.stream().map(PlanRisk::risk).toList();
        model.addAttribute("header", views.header(a));
        model.addAttribute("risks", risks);
        model.addAttribute("plan", plan);
        model.addAttribute("levels", counts(scheme, risks, locale));
        model.addAttribute("measureCount", assessments.measures(user, assessmentId).size());
        model.addAttribute("openGaps", completeness.treatment(assessmentId));
        common(user, a, AssessmentProcess.APPROVE_ASSESSMENT, model);
    }

    /** Risks per level of the assessment's scheme, lowest level first; unevaluated risks are not counted. */
    static List<LevelCount> counts(ScoringScheme scheme, List<RiskRow> risks, Locale locale) {
        return scheme.levels().stream()
                .map(l -> new LevelCount(Views.level(l, locale),
                        risks.stream().filter(r -> r.inherent() != null && Objects.equals(r.inherent().code(), l.code())).count(),
                        risks.stream().filter(r -> r.residual() != null && Objects.equals(r.residual().code(), l.code())).count()))
                .toList();
    }

    private void common(CurrentUser user, Assessment a, String key, Model model) {
        steps.openTask(user, a.getId(), key, null).ifPresent(t -> model.addAttribute("task", t));
        // the choices the step offers, in its order: the values the form posts back
        model.addAttribute("outcomes", AssessmentProcess.STEPS.get(key).decisions().stream().map(Decision::name).toList());
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new DecisionForm());
        }
    }
}
