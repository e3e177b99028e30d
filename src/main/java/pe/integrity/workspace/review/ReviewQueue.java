package pe.integrity.workspace.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserView;
import pe.integrity.workflow.ReviewFilter;
import pe.integrity.workflow.ReviewSla;
import pe.integrity.workflow.TaskPage;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/**
 * SIP's queue: the review tasks waiting for a decision, the most urgent (earliest due) first, paged; each with its
 * deadline state and who is reviewing it, so that reviewers can split the queue.
 */
@Component
public class ReviewQueue {

    private final WorkflowTasks tasks;
    private final Assessments assessments;
    private final EntityDirectory entities;
    private final UserDirectory users;
    private final ReviewSla sla;
    static final int PAGE_SIZE = 50;

    private final Clock clock;

    ReviewQueue(WorkflowTasks tasks, Assessments assessments, EntityDirectory entities, UserDirectory users,
            ReviewSla sla, Clock clock) {
        this.tasks = tasks;
        this.assessments = assessments;
        this.entities = entities;
        this.users = users;
        this.sla = sla;
        this.clock = clock;
    }

    /** SIP's reviewers, the people a review can be assigned to (SIP's staff: a short list). */
    @Transactional(readOnly = true)
    public List<UserView> reviewers() {
        return users.enabledWithRole(Role.SIP_REVIEWER);
    }

    /** Assigns a review to a reviewer, or back to nobody (blank). */
    @Transactional
    public void assign(CurrentUser reviewer, String taskId, String assignee) {
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        tasks.assignReview(reviewer, taskId, who, reviewers().stream().map(UserView::username).toList());
    }

    /**
     * One page of the queue: the engine pages and sorts the review tasks; the page's assessments and entities
     * are read in one query each.
     */
    @Transactional(readOnly = true)
    ReviewPage pending(CurrentUser reviewer, ReviewFilter filter, int page) {
        TaskPage found = tasks.reviewPage(reviewer, filter, page, PAGE_SIZE);
        Map<String, String> reviewerNames = reviewers().stream()
                .collect(Collectors.toMap(UserView::username, UserView::fullName, (a, b) -> a));
        Map<Long, Assessment> byId = assessments.findAll(
                found.tasks().stream().map(TaskView::assessmentId).collect(Collectors.toSet()));
        Map<Long, String> names = entities.names(
                byId.values().stream().map(Assessment::getEntityId).collect(Collectors.toSet()));
        List<PendingReview> rows = found.tasks().stream().filter(t -> byId.containsKey(t.assessmentId())).map(t -> {
            Assessment a = byId.get(t.assessmentId());
            ReviewSla.State state = sla.of(t);
            return new PendingReview(t.id(), a.getId(), a.getEntityId(), names.getOrDefault(a.getEntityId(), "—"),
                    a.getPeriodYear(), a.getSubmissionRound(), t.due(), overdue(t.due()), state.daysLeft(),
                    state.reminded(), state.escalated(), t.assignee(),
                    t.assignee() == null ? null : reviewerNames.getOrDefault(t.assignee(), t.assignee()));
        }).toList();
        return new ReviewPage(rows, found.total(), found.page(), found.pages(), found.hasPrevious(), found.hasNext(),
                filter.name());
    }

    /** A page of the queue as the list and its page links show it. */
    record ReviewPage(List<PendingReview> rows, long total, int number, long totalPages, boolean hasPrevious,
            boolean hasNext, String filter) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** Past the review deadline SIP's rules give (the task's due date). */
    boolean overdue(Date due) {
        return due != null && due.before(Date.from(Instant.now(clock)));
    }
}
