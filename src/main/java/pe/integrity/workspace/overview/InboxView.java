package pe.integrity.workspace.overview;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.workflow.TaskPage;
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
    static final int PAGE_SIZE = 25;

    private final EntityDirectory entities;
    private final Clock clock;

    InboxView(WorkflowTasks tasks, Assessments assessments, EntityDirectory entities, Clock clock) {
        this.tasks = tasks;
        this.assessments = assessments;
        this.entities = entities;
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

    /** The home page's box: the first page of the inbox. */
    public InboxPage of(Object principal) {
        return page(principal, 0);
    }

    /**
     * One page of the user's open tasks, newest first: the engine pages the tasks; the page's assessments,
     * entities and processes are read in one query each.
     */
    public InboxPage page(Object principal, int page) {
        if (!(principal instanceof CurrentUser user)) {
            return InboxPage.EMPTY;
        }
        TaskPage found = tasks.inboxPage(user, page, PAGE_SIZE);
        Map<Long, Assessment> byId = assessments.findAll(
                found.tasks().stream().map(TaskView::assessmentId).collect(Collectors.toSet()));
        Map<Long, String> entityNames = entities.names(
                byId.values().stream().map(Assessment::getEntityId).collect(Collectors.toSet()));
        Map<Long, ProcessInScope> processes = assessments.processesById(found.tasks().stream()
                .map(TaskView::processInScopeId).filter(Objects::nonNull).collect(Collectors.toSet()));
        LocalDateTime now = LocalDateTime.now(clock.withZone(Views.LIMA));
        List<InboxItem> items = found.tasks().stream().filter(t -> byId.containsKey(t.assessmentId())).map(t -> {
            Assessment a = byId.get(t.assessmentId());
            ProcessInScope p = t.processInScopeId() == null ? null : processes.get(t.processInScopeId());
            LocalDateTime due = Views.local(t.due());
            return new InboxItem(t.id(), t.key(), a.getId(), entityNames.getOrDefault(a.getEntityId(), "—"),
                    a.getPeriodYear(), p == null ? null : p.getName(), Views.local(t.created()), due,
                    due != null && due.isBefore(now), StepLinks.of(t.key(), a.getId(), t.processInScopeId(), t.id()));
        }).toList();
        return new InboxPage(items, found.total(), found.page(), found.pages(), found.hasPrevious(), found.hasNext());
    }

    /** A page of the inbox as the table and its page links show it. */
    public record InboxPage(List<InboxItem> items, long total, int number, long totalPages, boolean hasPrevious,
            boolean hasNext) {

        static final InboxPage EMPTY = new InboxPage(List.of(), 0, 0, 1, false, false);

        public boolean isEmpty() {
            return items.isEmpty();
        }
    }
}
