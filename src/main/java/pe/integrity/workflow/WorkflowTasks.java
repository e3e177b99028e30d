package pe.integrity.workflow;

import static pe.integrity.workflow.AssessmentProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.AssessmentEvent.Type;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Completeness;
import pe.integrity.assessment.Gap;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.organisation.Role;

/**
 * The inbox and the completion of steps. A task is visible to, and completable by, only the people in its
 * entity-scoped candidate groups; a step completes only when its part of the assessment has no gaps.
 */
@Service
@Transactional
public class WorkflowTasks {

    static final Set<String> INTERNAL_OUTCOMES =
            Set.of("APPROVE", "RETURN_TO_IDENTIFICATION", "RETURN_TO_EVALUATION", "RETURN_TO_TREATMENT");

    private final TaskService tasks;
    private final ManagementService management;
    private final Assessments assessments;
    private final Completeness completeness;

    WorkflowTasks(TaskService tasks, ManagementService management, Assessments assessments, Completeness completeness) {
        this.tasks = tasks;
        this.management = management;
        this.assessments = assessments;
        this.completeness = completeness;
    }

    /**
     * Runs the assessment's due asynchronous jobs now (e.g. publishing the approved register) instead of
     * waiting for the job executor; for demo data and tests. Timers that are not due stay waiting.
     */
    public void runPendingJobs(Long assessmentId) {
        String pi = assessments.find(assessmentId).getProcessInstanceId();
        for (Job job : management.createJobQuery().processInstanceId(pi).executable().list()) {
            management.executeJob(job.getId());
        }
    }

    /** Open tasks of the user's groups, newest first; identification tasks only for the process owner. */
    @Transactional(readOnly = true)
    public List<TaskView> inbox(CurrentUser user) {
        List<String> groups = user.candidateGroups();
        if (groups.isEmpty()) {
            return List.of();
        }
        return tasks.createTaskQuery().taskCandidateGroupIn(groups).orderByTaskCreateTime().desc().list().stream()
                .map(this::view)
                .filter(t -> ownsOrConducts(user, t))
                .toList();
    }

    /** Open tasks of one assessment the user may work on. */
    @Transactional(readOnly = true)
    public List<TaskView> openTasks(CurrentUser user, Long assessmentId) {
        return inbox(user).stream().filter(t -> assessmentId.equals(t.assessmentId())).toList();
    }

    @Transactional(readOnly = true)
    public TaskView task(CurrentUser user, String taskId) {
        return authorized(user, taskId);
    }

    public void complete(CurrentUser user, String taskId, StepDecision decision) {
        TaskView view = authorized(user, taskId);
        Long aid = view.assessmentId();
        Map<String, Object> vars = new HashMap<>();
        String outcome = decision.outcome();
        String comment = decision.comment() == null || decision.comment().isBlank() ? null : decision.comment().strip();
        Type journal;
        switch (view.key()) {
            case PREPARE_SCOPE -> {
                requireComplete(completeness.scope(aid));
                vars.put(VAR_PROCESS_IDS, assessments.processIds(aid));
                journal = Type.SCOPE_SUBMITTED;
            }
            case APPROVE_SCOPE -> {
                boolean approved = choose(outcome, Set.of("APPROVE", "RETURN")).equals("APPROVE");
                requireCommentIf(!approved, comment);
                vars.put(VAR_SCOPE_APPROVED, approved);
                journal = approved ? Type.SCOPE_APPROVED : Type.SCOPE_RETURNED;
            }
            case IDENTIFY_RISKS -> {
                requireComplete(completeness.identification(view.processInScopeId()));
                journal = Type.IDENTIFICATION_DONE;
            }
            case EVALUATE_RISKS -> {
                requireComplete(completeness.evaluation(aid));
                journal = Type.EVALUATION_DONE;
            }
            case PLAN_TREATMENT -> {
                requireComplete(completeness.treatment(aid));
                journal = Type.TREATMENT_DONE;
            }
            case APPROVE_ASSESSMENT -> {
                String choice = choose(outcome, INTERNAL_OUTCOMES);
                boolean approved = choice.equals("APPROVE");
                requireCommentIf(!approved, comment);
                if (approved) {
                    requireComplete(completeness.treatment(aid));
                }
                vars.put(VAR_INTERNAL_DECISION, choice);
                journal = approved ? Type.APPROVED_INTERNALLY : Type.RETURNED_INTERNALLY;
            }
            case REVIEW_SUBMISSION -> {
                String choice = choose(outcome, Set.of("APPROVED", "OBSERVED"));
                vars.put(VAR_SIP_DECISION, choice);
                journal = choice.equals("APPROVED") ? Type.SIP_APPROVED : Type.SIP_OBSERVED;
            }
            case CORRECT_OBSERVATIONS -> {
                requireComplete(completeness.treatment(aid));
                journal = Type.CORRECTED;
            }
            case REPORT_PROGRESS -> journal = Type.PROGRESS_REPORTED;
            default -> throw new IllegalStateException("no completion rule for " + view.key());
        }
        assessments.record(aid, journal, user.username(), user.fullName(), comment);
        try {
            // the history keeps who completed the step, for the assessment's task list
            tasks.setAssignee(taskId, user.username());
            tasks.complete(taskId, vars);
        } catch (OptimisticLockingException e) {
            // someone completed the same task at the same moment: theirs stands, this action rolls back
            throw new TaskGoneException(taskId);
        }
    }

    /** The task as the user may see it; read once (its variables are one query). */
    private TaskView authorized(CurrentUser user, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskGoneException(taskId);
        }
        List<String> groups = user.candidateGroups();
        boolean candidate = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .anyMatch(groups::contains);
        TaskView view = view(task);
        if (!candidate || !ownsOrConducts(user, view)) {
            throw new AccessDeniedException("task " + taskId + " is not for " + user.username());
        }
        return view;
    }

    /** Identification tasks belong to the process owner; the Conductor may work on all of them. */
    private boolean ownsOrConducts(CurrentUser user, TaskView t) {
        if (!IDENTIFY_RISKS.equals(t.key()) || user.has(Role.CONDUCTOR)) {
            return true;
        }
        return user.username().equalsIgnoreCase(assessments.processOwner(t.processInScopeId()));
    }

    private TaskView view(Task t) {
        Map<String, Object> v = tasks.getVariables(t.getId(), List.of(VAR_ASSESSMENT_ID, VAR_ENTITY_ID, VAR_PROCESS_ID));
        Object processId = IDENTIFY_RISKS.equals(t.getTaskDefinitionKey()) ? v.get(VAR_PROCESS_ID) : null;
        return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), (Long) v.get(VAR_ASSESSMENT_ID),
                (Long) v.get(VAR_ENTITY_ID), (Long) processId, t.getCreateTime(), t.getDueDate());
    }

    private static String choose(String outcome, Set<String> allowed) {
        if (outcome == null || !allowed.contains(outcome)) {
            throw new InvalidInputException("outcome", "step.outcome.invalid");
        }
        return outcome;
    }

    private static void requireCommentIf(boolean returning, String comment) {
        if (returning && comment == null) {
            throw new InvalidInputException("comment", "step.comment.required");
        }
    }

    private static void requireComplete(List<Gap> gaps) {
        if (!gaps.isEmpty()) {
            throw new StepIncompleteException(gaps);
        }
    }
}
