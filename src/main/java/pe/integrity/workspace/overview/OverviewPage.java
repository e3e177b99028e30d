package pe.integrity.workspace.overview;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.review.Observations;
import pe.integrity.workflow.StepStatus;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowSteps;
import pe.integrity.workflow.WorkflowTasks;
import pe.integrity.workspace.page.JournalRow;
import pe.integrity.workspace.page.Permissions;
import pe.integrity.workspace.page.StepRow;
import pe.integrity.workspace.page.Views;
import pe.integrity.workspace.step.StepLinks;
import pe.integrity.workspace.step.StepRules;

/** The guide's "task list" of one assessment: its steps with state and holders, and its journal. */
@Component
@Transactional(readOnly = true)
public class OverviewPage {

    private final Assessments assessments;
    private final WorkflowSteps steps;
    private final WorkflowTasks tasks;
    private final Permissions permissions;
    private final Views views;
    private final Observations observations;
    private final pe.integrity.assessment.FollowUpReporting reporting;

    OverviewPage(Assessments assessments, WorkflowSteps steps, WorkflowTasks tasks, Permissions permissions,
            Views views, Observations observations,
            pe.integrity.assessment.FollowUpReporting reporting) {
        this.reporting = reporting;
        this.assessments = assessments;
        this.steps = steps;
        this.tasks = tasks;
        this.permissions = permissions;
        this.views = views;
        this.observations = observations;
    }

    void fill(CurrentUser user, Long assessmentId, Model model) {
        Assessment a = assessments.get(user, assessmentId);
        Map<String, String> names = views.names(a.getEntityId());
        Map<Long, ProcessInScope> processes = assessments.processes(user, assessmentId).stream()
                .collect(Collectors.toMap(ProcessInScope::getId, p -> p));
        Set<String> mine = tasks.openTasks(user, assessmentId).stream().map(TaskView::id).collect(Collectors.toSet());
        List<StepRow> rows = steps.steps(user, assessmentId).stream()
                .map(s -> row(s, a, processes, names, mine))
                .toList();
        model.addAttribute("header", views.header(a));
        model.addAttribute("steps", rows);
        if (a.getStage() == pe.integrity.assessment.AssessmentStage.FOLLOW_UP) {
            model.addAttribute("followUpCycle", reporting.openCycle(assessmentId));
            model.addAttribute("followUpMonths", steps.followUpMonths(a));
            model.addAttribute("nextReport", steps.nextFollowUpReport(a.getProcessInstanceId()).orElse(null));
            model.addAttribute("reportDeadline", steps.followUpReportDeadline(a.getProcessInstanceId()).orElse(null));
        }
        model.addAttribute("processes", processes.values().stream()
                .sorted(Comparator.comparing(ProcessInScope::getId))
                .map(p -> views.process(p, names, 0))
                .toList());
        model.addAttribute("journal", assessments.journal(user, assessmentId).stream()
                .map(e -> new JournalRow(e.getType(), e.getActorName(), Views.local(e.getOccurredAt()),
                        e.getSubmissionRound(), e.getComment()))
                .toList());
        model.addAttribute("observationsToFix", observations.toFix(user, assessmentId));
        model.addAttribute("canStartNext", permissions.conducts(user, a.getEntityId())
                && StepRules.NEXT_PERIOD.contains(a.getStage()));
        if (!model.containsAttribute("nextForm")) {
            NextPeriodForm next = new NextPeriodForm();
            next.setPeriodYear(a.getPeriodYear() + 1);
            model.addAttribute("nextForm", next);
        }
    }

    private StepRow row(StepStatus s, Assessment a, Map<Long, ProcessInScope> processes, Map<String, String> names,
            Set<String> mine) {
        List<StepRow.Holder> holders = s.open().stream()
                .filter(t -> t.processInScopeId() != null)
                .map(t -> {
                    ProcessInScope p = processes.get(t.processInScopeId());
                    return new StepRow.Holder(p == null ? null : p.getName(),
                            p == null ? null : views.name(names, p.getOwnerUsername()), Views.local(t.due()),
                            StepLinks.of(s.key(), a.getId(), t.processInScopeId(), null));
                })
                .toList();
        String completedBy = s.completedBy() == null
                ? null
                : names.getOrDefault(s.completedBy().toLowerCase(Locale.ROOT), views.fullName(s.completedBy()));
        StepStatus.OpenTask myTask = s.open().stream().filter(t -> mine.contains(t.taskId())).findFirst().orElse(null);
        boolean isMine = myTask != null;
        // identification: the user's own process, else the first open one, else the first in scope
        Long process = isMine && myTask.processInScopeId() != null
                ? myTask.processInScopeId()
                : s.open().stream().map(StepStatus.OpenTask::processInScopeId).filter(Objects::nonNull).findFirst()
                        .orElse(processes.keySet().stream().min(Comparator.naturalOrder()).orElse(null));
        LocalDateTime due = s.open().stream()
                .map(StepStatus.OpenTask::due)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .map(Views::local)
                .orElse(null);
        return new StepRow(s.key(), s.stage(), s.state(), s.holders(), holders, due, completedBy,
                Views.local(s.completedAt()),
                StepLinks.of(s.key(), a.getId(), process, isMine ? myTask.taskId() : null), isMine);
    }
}
