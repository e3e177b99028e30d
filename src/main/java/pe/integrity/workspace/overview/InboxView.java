package pe.integrity.workspace.overview;

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
import pe.integrity.organisation.Role;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;
import pe.integrity.workspace.page.Views;
import pe.integrity.workspace.step.StepLinks;

/**
 * The user's open tasks with what they are about. Also called from the home page's template
 * ({@code @workspaceInbox}), so the web shell needs no dependency on this module.
 */
@Component("workspaceInbox")
@Transactional(readOnly = true)
public class InboxView {

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

    /**
     * What an empty inbox says to do next, by the user's main role in the guide: a message key and, where the user
     * must act now, a link (key and URL; the entity's assessments are linked beside the inbox already). A Conductor
     * whose entity has no assessment yet is sent to open the first one.
     */
    record NextStep(String textKey, String linkKey, String url) {}

    public NextStep next(Object principal) {
        if (!(principal instanceof CurrentUser user)) {
            return new NextStep("workspace.inbox.next.none", null, null);
        }
        Long entity = user.entityId();
        if (user.has(Role.CONDUCTOR) && entity != null) {
            return assessments.ofEntity(user, entity).isEmpty()
                    ? new NextStep("workspace.inbox.next.conductorFirst", "workspace.inbox.next.openFirst",
                            "/assessments/new")
                    : new NextStep("workspace.inbox.next.conductor", null, null);
        }
        if (user.has(Role.TECNICO) && entity != null) {
            return new NextStep("workspace.inbox.next.tecnico", null, null);
        }
        if (user.has(Role.ALTA_DIRECCION) && entity != null) {
            return new NextStep("workspace.inbox.next.alta", null, null);
        }
        if (user.has(Role.CONSULTIVO) && entity != null) {
            return new NextStep("workspace.inbox.next.consultivo", null, null);
        }
        if (user.has(Role.SIP_REVIEWER)) {
            return new NextStep("workspace.inbox.next.sip", "workspace.inbox.next.reviews", "/review");
        }
        return new NextStep("workspace.inbox.next.none", null, null);
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
