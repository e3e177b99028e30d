package pe.integrity.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.NotFoundException;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.organisation.Role;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/**
 * SIP's review of submitted assessments: the reviewers' queue and their decision. A decision saves its
 * observations and completes the workflow step in one transaction: if either fails, neither happens.
 */
@Service
@Transactional
public class SipReview {

    private final WorkflowTasks tasks;
    private final Assessments assessments;
    private final Observations observations;
    private final ObservationRepository repository;
    private final EntityDirectory entities;
    private final Clock clock;

    SipReview(WorkflowTasks tasks, Assessments assessments, Observations observations,
            ObservationRepository repository, EntityDirectory entities, Clock clock) {
        this.tasks = tasks;
        this.assessments = assessments;
        this.observations = observations;
        this.repository = repository;
        this.entities = entities;
        this.clock = clock;
    }

    /** Submissions waiting for a decision, the most urgent (earliest due) first. */
    @Transactional(readOnly = true)
    public List<PendingReview> pending(CurrentUser reviewer) {
        requireReviewer(reviewer);
        Date now = Date.from(Instant.now(clock));
        return tasks.inbox(reviewer).stream()
                .filter(t -> AssessmentProcess.REVIEW_SUBMISSION.equals(t.key()))
                .map(t -> {
                    Assessment a = assessments.find(t.assessmentId());
                    String entity = entities.find(a.getEntityId()).map(PublicEntity::getName).orElse("—");
                    return new PendingReview(t.id(), a.getId(), a.getEntityId(), entity, a.getPeriodYear(),
                            a.getSubmissionRound(), t.due(), t.due() != null && t.due().before(now));
                })
                .sorted(Comparator.comparing(PendingReview::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The open review task, checked: a SIP reviewer's, still open (409 otherwise) and a review step. */
    @Transactional(readOnly = true)
    public TaskView reviewTask(CurrentUser reviewer, String taskId) {
        requireReviewer(reviewer);
        TaskView task = tasks.task(reviewer, taskId);
        if (!AssessmentProcess.REVIEW_SUBMISSION.equals(task.key())) {
            throw new NotFoundException("review task", taskId);
        }
        return task;
    }

    /**
     * Approves the submission, or observes it and returns it to the entity. OBSERVED needs at least one
     * observation; every observation needs a text and a target of this assessment. Invalid input throws
     * {@link InvalidInputException} (field {@code decision}, {@code observations} or
     * {@code observations[i].text/target}) before anything is written.
     */
    public void decide(CurrentUser reviewer, String taskId, SipDecision decision, List<ObservationForm> forms) {
        TaskView task = reviewTask(reviewer, taskId);
        if (decision == null) {
            throw new InvalidInputException("decision", "review.decision.required");
        }
        List<ObservationForm> given = forms == null ? List.of() : forms;
        if (decision == SipDecision.OBSERVED && given.isEmpty()) {
            throw new InvalidInputException("observations", "review.observations.required");
        }
        Assessment a = assessments.get(reviewer, task.assessmentId());
        List<Observation> checked = checked(reviewer, a, given);
        repository.saveAll(checked);
        tasks.complete(reviewer, taskId, new StepDecision(decision.name(), null));
    }

    private List<Observation> checked(CurrentUser reviewer, Assessment a, List<ObservationForm> forms) {
        Targets targets = observations.targets(reviewer, a.getId());
        Instant now = Instant.now(clock);
        List<Observation> result = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            ObservationForm f = forms.get(i);
            String field = "observations[" + i + "].";
            if (f.getText() == null) {
                throw new InvalidInputException(field + "text", "review.observation.text.required");
            }
            if (f.getText().length() > ObservationForm.MAX_TEXT) {
                throw new InvalidInputException(field + "text", "review.observation.text.tooLong");
            }
            String label = null;
            Long targetId = null;
            if (f.getTargetType() != ObservationTarget.ASSESSMENT) {
                Targets.Target target = targets.find(f.getTargetType(), f.getTargetId());
                if (target == null) {
                    throw new InvalidInputException(field + "target", "review.observation.target.unknown");
                }
                label = target.label();
                targetId = target.id();
            }
            result.add(new Observation(a.getId(), a.getSubmissionRound(), f.getTargetType(), targetId, label,
                    f.getText(), reviewer.username(), reviewer.fullName(), now));
        }
        return result;
    }

    private static void requireReviewer(CurrentUser user) {
        if (!user.has(Role.SIP_REVIEWER)) {
            throw new AccessDeniedException("SIP reviewers only");
        }
    }
}
