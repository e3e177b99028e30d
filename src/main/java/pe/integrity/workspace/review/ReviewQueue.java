package pe.integrity.workspace.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.WorkflowTasks;

/** SIP's queue: the review tasks waiting for a decision, the most urgent (earliest due) first. */
@Component
public class ReviewQueue {

    private final WorkflowTasks tasks;
    private final Assessments assessments;
    private final EntityDirectory entities;
    private final Clock clock;

    ReviewQueue(WorkflowTasks tasks, Assessments assessments, EntityDirectory entities, Clock clock) {
        this.tasks = tasks;
        this.assessments = assessments;
        this.entities = entities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<PendingReview> pending(CurrentUser reviewer) {
        return tasks.inbox(reviewer).stream()
                .filter(t -> AssessmentProcess.REVIEW_SUBMISSION.equals(t.key()))
                .map(t -> {
                    Assessment a = assessments.find(t.assessmentId());
                    String entity = entities.find(a.getEntityId()).map(PublicEntity::getName).orElse("—");
                    return new PendingReview(t.id(), a.getId(), a.getEntityId(), entity, a.getPeriodYear(),
                            a.getSubmissionRound(), t.due(), overdue(t.due()));
                })
                .sorted(Comparator.comparing(PendingReview::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Past the review deadline SIP's rules give (the task's due date). */
    boolean overdue(Date due) {
        return due != null && due.before(Date.from(Instant.now(clock)));
    }
}
