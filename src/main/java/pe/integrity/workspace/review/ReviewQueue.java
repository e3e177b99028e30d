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
import pe.integrity.workflow.TaskPage;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/** SIP's queue: the review tasks waiting for a decision, the most urgent (earliest due) first, paged. */
@Component
public class ReviewQueue {

    private final WorkflowTasks tasks;
    private final Assessments assessments;
    private final EntityDirectory entities;
    static final int PAGE_SIZE = 50;

    private final Clock clock;

    ReviewQueue(WorkflowTasks tasks, Assessments assessments, EntityDirectory entities, Clock clock) {
        this.tasks = tasks;
        this.assessments = assessments;
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * One page of the queue: the engine pages and sorts the review tasks; the page's assessments and entities
     * are read in one query each.
     */
    @Transactional(readOnly = true)
    ReviewPage pending(CurrentUser reviewer, int page) {
        TaskPage found = tasks.reviewPage(reviewer, page, PAGE_SIZE);
        Map<Long, Assessment> byId = assessments.findAll(
                found.tasks().stream().map(TaskView::assessmentId).collect(Collectors.toSet()));
        Map<Long, String> names = entities.names(
                byId.values().stream().map(Assessment::getEntityId).collect(Collectors.toSet()));
        List<PendingReview> rows = found.tasks().stream().filter(t -> byId.containsKey(t.assessmentId())).map(t -> {
            Assessment a = byId.get(t.assessmentId());
            return new PendingReview(t.id(), a.getId(), a.getEntityId(), names.getOrDefault(a.getEntityId(), "—"),
                    a.getPeriodYear(), a.getSubmissionRound(), t.due(), overdue(t.due()));
        }).toList();
        return new ReviewPage(rows, found.total(), found.page(), found.pages(), found.hasPrevious(), found.hasNext());
    }

    /** A page of the queue as the list and its page links show it. */
    record ReviewPage(List<PendingReview> rows, long total, int number, long totalPages, boolean hasPrevious,
            boolean hasNext) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** Past the review deadline SIP's rules give (the task's due date). */
    boolean overdue(Date due) {
        return due != null && due.before(Date.from(Instant.now(clock)));
    }
}
