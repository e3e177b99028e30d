package pe.integrity.workspace.step;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.review.ObservationTarget;
import pe.integrity.review.Observations;
import pe.integrity.shared.NotFoundException;
import pe.integrity.workspace.page.Permissions;
import pe.integrity.workspace.page.RiskRow;
import pe.integrity.workspace.page.Views;

/**
 * What the pages of a step worked risk by risk after identification (evaluation, treatment) share: the current (not
 * removed) risks, which of them the user may edit while the step's stages last, and the top of the step's overview
 * and of a risk's page.
 */
@Component
@Transactional(readOnly = true)
public class StepRisks {

    private final Assessments assessments;
    private final Permissions permissions;
    private final StepTasks steps;
    private final Observations observations;
    private final Views views;

    public StepRisks(Assessments assessments, Permissions permissions, StepTasks steps, Observations observations,
            Views views) {
        this.assessments = assessments;
        this.permissions = permissions;
        this.steps = steps;
        this.observations = observations;
        this.views = views;
    }

    public List<Risk> current(CurrentUser user, Long assessmentId) {
        return assessments.risks(user, assessmentId).stream().filter(r -> !r.isRemoved()).toList();
    }

    /** A current risk of the assessment; a removed one or one of another assessment is not found. */
    public Risk one(CurrentUser user, Long assessmentId, Long riskId) {
        return current(user, assessmentId).stream()
                .filter(r -> r.getId().equals(riskId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("risk", riskId));
    }

    /** Who owns the risk's process (for the permission check before a write). */
    public String owner(CurrentUser user, Long assessmentId, Long riskId) {
        return one(user, assessmentId, riskId).getProcess().getOwnerUsername();
    }

    /** The step's overview: header, current risks, those the user may edit, and the user's task of the step. */
    public List<RiskRow> overview(CurrentUser user, Assessment a, String key, Set<AssessmentStage> stages, Model model,
            Locale locale) {
        List<RiskRow> risks = views.risks(current(user, a.getId()), a, locale);
        model.addAttribute("header", views.header(a));
        model.addAttribute("risks", risks);
        model.addAttribute("editableRisks", editable(user, a, risks, stages));
        steps.openTask(user, a.getId(), key, null).ifPresent(t -> model.addAttribute("task", t));
        return risks;
    }

    /** A risk's page in the step: {@link #top} and SIP's observations to fix on the risk. */
    public Risk page(CurrentUser user, Assessment a, Long riskId, Set<AssessmentStage> stages, Model model, Locale locale) {
        Risk r = one(user, a.getId(), riskId);
        top(user, a, r, stages, model, locale);
        model.addAttribute("observationsHere", observations.toFix(user, a.getId()).on(ObservationTarget.RISK, riskId));
        return r;
    }

    /** The top of a page about one risk: header, the risk, and whether the user may edit it now. */
    public void top(CurrentUser user, Assessment a, Risk r, Set<AssessmentStage> stages, Model model, Locale locale) {
        RiskRow row = views.risk(r, a, locale);
        model.addAttribute("header", views.header(a));
        model.addAttribute("risk", row);
        model.addAttribute("editable", !editable(user, a, List.of(row), stages).isEmpty());
    }

    /** Risks the user may edit now: the Conductor or the process owner, while the step's stages last. */
    private Set<Long> editable(CurrentUser user, Assessment a, List<RiskRow> risks, Set<AssessmentStage> stages) {
        if (!stages.contains(a.getStage())) {
            return Set.of();
        }
        return risks.stream()
                .filter(r -> !r.removed() && permissions.worksOn(user, a.getEntityId(), r.ownerUsername()))
                .map(RiskRow::id)
                .collect(Collectors.toSet());
    }
}
