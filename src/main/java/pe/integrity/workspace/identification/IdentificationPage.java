package pe.integrity.workspace.identification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.StageForm;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.review.ObservationTarget;
import pe.integrity.review.Observations;
import pe.integrity.shared.NotFoundException;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workspace.page.CatalogChoice;
import pe.integrity.workspace.page.Permissions;
import pe.integrity.workspace.page.RiskRow;
import pe.integrity.workspace.page.StageRow;
import pe.integrity.workspace.page.Views;
import pe.integrity.workspace.step.StepRules;
import pe.integrity.workspace.step.StepTasks;

/** Identification of one process (Nivel 1 stages, Nivel 2 risks), and the page of one risk. */
@Component
@Transactional(readOnly = true)
public class IdentificationPage {

    private final Assessments assessments;
    private final Catalog catalog;
    private final StepTasks steps;
    private final Permissions permissions;
    private final RiskComments comments;
    private final Views views;
    private final Observations observations;

    IdentificationPage(Assessments assessments, Catalog catalog, StepTasks steps, Permissions permissions,
            RiskComments comments, Views views, Observations observations) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.steps = steps;
        this.permissions = permissions;
        this.comments = comments;
        this.views = views;
        this.observations = observations;
    }

    void process(CurrentUser user, Long assessmentId, Long processId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        ProcessInScope p = processOf(user, assessmentId, processId);
        ScoringScheme scheme = views.scheme(a);
        Map<String, String> typologies = views.typologyNames(locale);
        List<RiskRow> risks = assessments.risks(user, assessmentId).stream()
                .filter(r -> r.getProcess().getId().equals(processId))
                .map(r -> views.risk(r, scheme, typologies, locale))
                .toList();
        model.addAttribute("header", views.header(a));
        model.addAttribute("process", views.process(p, views.names(a.getEntityId()), risks.size()));
        model.addAttribute("risks", risks);
        model.addAttribute("editable", editable(user, a, p.getOwnerUsername()));
        options(model, locale);
        steps.openTask(user, assessmentId, AssessmentProcess.IDENTIFY_RISKS, processId)
                .ifPresent(t -> model.addAttribute("task", t));
        if (!model.containsAttribute("stageForm")) {
            model.addAttribute("stageForm", new StageForm());
        }
        if (!model.containsAttribute("riskForm")) {
            model.addAttribute("riskForm", new RiskForm());
        }
    }

    void risk(CurrentUser user, Long assessmentId, Long riskId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        Risk r = riskOf(user, assessmentId, riskId);
        RiskRow row = views.risk(r, views.scheme(a), views.typologyNames(locale), locale);
        model.addAttribute("header", views.header(a));
        model.addAttribute("risk", row);
        model.addAttribute("stages", r.getProcess().getStages().stream()
                .map(s -> new StageRow(s.getId(), s.getName(), s.getResponsibleUnit(), s.getPosition()))
                .toList());
        model.addAttribute("editable", !r.isRemoved() && editable(user, a, row.ownerUsername()));
        model.addAttribute("comments", comments.of(riskId));
        model.addAttribute("canComment", permissions.canComment(user, a.getEntityId()));
        model.addAttribute("observationsHere", observations.toFix(user, assessmentId).on(ObservationTarget.RISK, riskId));
        options(model, locale);
        if (!model.containsAttribute("riskForm")) {
            model.addAttribute("riskForm", RiskForm.of(r));
        }
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", new CommentForm());
        }
    }

    /** Who owns the process (for the permission check before a write). */
    String ownerOfProcess(CurrentUser user, Long assessmentId, Long processId) {
        return processOf(user, assessmentId, processId).getOwnerUsername();
    }

    /** The name of a stage of the process, for its confirmation page; 404 when the process has no such stage. */
    String stageName(CurrentUser user, Long assessmentId, Long processId, Long stageId) {
        return processOf(user, assessmentId, processId).getStages().stream()
                .filter(s -> s.getId().equals(stageId))
                .map(pe.integrity.assessment.ProcessActivity::getName)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("stage", stageId));
    }

    Long processOfRisk(CurrentUser user, Long assessmentId, Long riskId) {
        return riskOf(user, assessmentId, riskId).getProcess().getId();
    }

    String ownerOfRisk(CurrentUser user, Long assessmentId, Long riskId) {
        return riskOf(user, assessmentId, riskId).getProcess().getOwnerUsername();
    }

    private boolean editable(CurrentUser user, Assessment a, String owner) {
        return permissions.worksOn(user, a.getEntityId(), owner) && StepRules.IDENTIFYING.contains(a.getStage());
    }

    private void options(Model model, Locale locale) {
        model.addAttribute("categories", Arrays.asList(PracticeCategory.values()));
        model.addAttribute("typologies", catalog.typologies().stream()
                .map(t -> new CatalogChoice(t.code(), t.name(locale), t.category().name()))
                .toList());
    }

    ProcessInScope processOf(CurrentUser user, Long assessmentId, Long processId) {
        return assessments.processes(user, assessmentId).stream()
                .filter(p -> p.getId().equals(processId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("process", processId));
    }

    Risk riskOf(CurrentUser user, Long assessmentId, Long riskId) {
        return assessments.risks(user, assessmentId).stream()
                .filter(r -> r.getId().equals(riskId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("risk", riskId));
    }
}
