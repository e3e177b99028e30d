package pe.integrity.workspace;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/**
 * The user's open tasks with what they are about. Also called from the home page's template
 * ({@code @workspaceInbox}), so the web shell needs no dependency on this module.
 */
@Component("workspaceInbox")
@Transactional(readOnly = true)
class InboxView {

    private final WorkflowTasks tasks;
    private final Assessments assessments;
    private final Views views;
    private final Clock clock;

    InboxView(WorkflowTasks tasks, Assessments assessments, Views views, Clock clock) {
        this.tasks = tasks;
        this.assessments = assessments;
        this.views = views;
        this.clock = clock;
    }

    public List<InboxItem> of(Object principal) {
        if (!(principal instanceof CurrentUser user)) {
            return List.of();
        }
        Map<Long, Assessment> seen = new HashMap<>();
        Map<Long, String> entityNames = new HashMap<>();
        Map<Long, String> processNames = new HashMap<>();
        LocalDateTime now = LocalDateTime.now(clock.withZone(Views.LIMA));
        return tasks.inbox(user).stream().map(t -> {
            Assessment a = seen.computeIfAbsent(t.assessmentId(), id -> {
                Assessment found = assessments.get(user, id);
                assessments.processes(user, id).forEach(p -> processNames.put(p.getId(), p.getName()));
                return found;
            });
            String entity = entityNames.computeIfAbsent(a.getEntityId(), views::entityName);
            LocalDateTime due = Views.local(t.due());
            return new InboxItem(t.id(), t.key(), a.getId(), entity, a.getPeriodYear(),
                    t.processInScopeId() == null ? null : processNames.get(t.processInScopeId()),
                    Views.local(t.created()), due, due != null && due.isBefore(now),
                    StepLinks.of(t.key(), a.getId(), t.processInScopeId(), t.id()));
        }).toList();
    }
}
