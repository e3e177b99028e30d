package pe.integrity.workspace.scope;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.catalog.Catalog;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.shared.NotFoundException;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workspace.page.CatalogChoice;
import pe.integrity.workspace.page.Permissions;
import pe.integrity.workspace.page.ProcessRow;
import pe.integrity.workspace.page.Views;
import pe.integrity.workspace.step.StepRules;
import pe.integrity.workspace.step.StepTasks;

/** Preparation: context, processes in scope with reason, owner and unit. */
@Component
@Transactional(readOnly = true)
public class ScopePage {

    private final Assessments assessments;
    private final Catalog catalog;
    private final UserDirectory users;
    private final StepTasks steps;
    private final Permissions permissions;
    private final Views views;

    ScopePage(Assessments assessments, Catalog catalog, UserDirectory users, StepTasks steps, Permissions permissions,
            Views views) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.users = users;
        this.steps = steps;
        this.permissions = permissions;
        this.views = views;
    }

    /** Everything the scope page shows; forms already in the model (with their errors) are kept. */
    void fill(CurrentUser user, Long assessmentId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        Map<String, String> names = views.names(a.getEntityId());
        List<Risk> risks = assessments.risks(user, assessmentId);
        List<ProcessRow> processes = assessments.processes(user, assessmentId).stream()
                .map(p -> views.process(p, names, (int) risks.stream()
                        .filter(r -> r.getProcess().getId().equals(p.getId()))
                        .count()))
                .toList();
        model.addAttribute("header", views.header(a));
        model.addAttribute("processes", processes);
        model.addAttribute("editable", permissions.conducts(user, a.getEntityId())
                && StepRules.SCOPE.contains(a.getStage()));
        options(a.getEntityId(), model, locale);
        steps.openTask(user, assessmentId, AssessmentProcess.PREPARE_SCOPE, null)
                .ifPresent(t -> model.addAttribute("task", t));
        if (!model.containsAttribute("contextForm")) {
            ContextForm context = new ContextForm();
            context.setContext(a.getContext());
            model.addAttribute("contextForm", context);
        }
        if (!model.containsAttribute("processForm")) {
            model.addAttribute("processForm", new ScopeProcessForm());
        }
    }

    /** The single-process edit page. */
    void fillProcess(CurrentUser user, Long assessmentId, Long processId, Model model, Locale locale) {
        Assessment a = assessments.get(user, assessmentId);
        ProcessInScope p = process(user, assessmentId, processId);
        model.addAttribute("header", views.header(a));
        model.addAttribute("processId", processId);
        options(a.getEntityId(), model, locale);
        if (!model.containsAttribute("processForm")) {
            ScopeProcessForm f = new ScopeProcessForm();
            f.setCatalogProcessCode(p.getCatalogProcessCode());
            f.setName(p.getName());
            f.setPrioritisationReason(p.getPrioritisationReason());
            f.setOwnerUsername(p.getOwnerUsername());
            f.setResponsibleUnit(p.getResponsibleUnit());
            f.setVersion(p.getVersion());
            model.addAttribute("processForm", f);
        }
    }

    /** A process of this assessment; another assessment's id is not found here. */
    ProcessInScope process(CurrentUser user, Long assessmentId, Long processId) {
        return assessments.processes(user, assessmentId).stream()
                .filter(p -> p.getId().equals(processId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("process", processId));
    }

    /** The catalogue process's name in the user's language, if the code exists. */
    Optional<String> catalogName(String code, Locale locale) {
        return catalog.process(code).map(p -> p.name(locale));
    }

    private void options(Long entityId, Model model, Locale locale) {
        model.addAttribute("catalogProcesses", catalog.processes().stream()
                .map(p -> new CatalogChoice(p.code(), p.name(locale), p.priority() ? "priority" : "other"))
                .toList());
        model.addAttribute("tecnicos", users.ofEntityWithRole(entityId, Role.TECNICO));
    }
}
