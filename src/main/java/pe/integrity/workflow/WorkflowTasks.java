package pe.integrity.workflow;

import static pe.integrity.workflow.AssessmentProcess.*;

import java.util.List;
import java.util.Map;
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
import pe.integrity.assessment.AssessmentStep;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessOwnership;
import pe.integrity.assessment.StepCompletion;
import pe.integrity.assessment.StepCompletion.CompletedStep;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.NotFoundException;

/**
 * The inbox and the completion of steps: engine I/O only. A task is visible to, and completable by, only the
 * people in its entity-scoped candidate groups; what completing its step needs is the assessment module's rule
 * ({@link StepCompletion}), asked before the task completes in the same transaction.
 */
@Service
@Transactional
public class WorkflowTasks {

    private final TaskService tasks;
    private final ManagementService management;
    private final Assessments assessments;
    private final StepCompletion completion;
    private final StepVariables variables;

    WorkflowTasks(TaskService tasks, ManagementService management, Assessments assessments, StepCompletion completion,
            StepVariables variables) {
        this.tasks = tasks;
        this.management = management;
        this.assessments = assessments;
        this.completion = completion;
        this.variables = variables;
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

    /**
     * The user's open task of one step: of that assessment too, when one is given. A task of another step or
     * assessment is not found; not the user's task → 403; completed already → 409 ({@link TaskGoneException}).
     */
    @Transactional(readOnly = true)
    public TaskView task(CurrentUser user, String taskId, String key, Long assessmentId) {
        TaskView task = authorized(user, taskId);
        if (!key.equals(task.key()) || (assessmentId != null && !assessmentId.equals(task.assessmentId()))) {
            throw new NotFoundException("task", taskId);
        }
        return task;
    }

    /**
     * Completes the task once its step's rule ({@link StepCompletion}) passes; that rule's refusals
     * ({@code InvalidInputException}, {@code StepIncompleteException}) leave the task open.
     */
    public void complete(CurrentUser user, String taskId, StepDecision decision) {
        TaskView view = authorized(user, taskId);
        AssessmentStep step = AssessmentProcess.STEPS.get(view.key());
        if (step == null) {
            throw new IllegalStateException("no step for task " + view.key());
        }
        CompletedStep done = completion.complete(user, step, view.assessmentId(), view.processInScopeId(),
                decision.outcome(), decision.comment());
        try {
            // the history keeps who completed the step, for the assessment's task list
            tasks.setAssignee(taskId, user.username());
            tasks.complete(taskId, variables.of(done, view.assessmentId()));
        } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NotFoundException e) {
            // someone completed the same task at the same moment (seen as a version clash, or as the task gone
            // between our read and our write): theirs stands, this action rolls back
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
        return !IDENTIFY_RISKS.equals(t.key())
                || ProcessOwnership.worksOn(assessments.processOwner(t.processInScopeId()), user);
    }

    private TaskView view(Task t) {
        Map<String, Object> v = tasks.getVariables(t.getId(), List.of(VAR_ASSESSMENT_ID, VAR_ENTITY_ID, VAR_PROCESS_ID));
        Object processId = IDENTIFY_RISKS.equals(t.getTaskDefinitionKey()) ? v.get(VAR_PROCESS_ID) : null;
        return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), (Long) v.get(VAR_ASSESSMENT_ID),
                (Long) v.get(VAR_ENTITY_ID), (Long) processId, t.getCreateTime(), t.getDueDate());
    }
}
