package pe.integrity.workflow;

import static pe.integrity.workflow.AssessmentProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.AssessmentStep;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessOwnership;
import pe.integrity.assessment.StepCompletion;
import pe.integrity.assessment.StepCompletion.CompletedStep;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
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
    private final RuntimeService runtime;

    WorkflowTasks(TaskService tasks, ManagementService management, Assessments assessments, StepCompletion completion,
            StepVariables variables, RuntimeService runtime) {
        this.runtime = runtime;
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

    /**
     * Every open task of the user's groups, newest first, unpaged: for tests and demo data only. Pages use
     * {@link #inboxPage} and {@link #reviewPage}, whose cost does not grow with the number of entities.
     */
    @Transactional(readOnly = true)
    public List<TaskView> inbox(CurrentUser user) {
        List<String> groups = user.candidateGroups();
        if (groups.isEmpty()) {
            return List.of();
        }
        return owned(user, views(tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
                .orderByTaskCreateTime().desc().list()));
    }

    /**
     * One page of the user's open tasks, newest first: one task query, one count and one variable query, paged
     * in the engine. A Técnico who is not Conductor sees identification tasks of their own processes only; that
     * rule is not a task-query filter, so their tasks (all of one entity, a bounded number) are filtered and
     * paged here.
     */
    @Transactional(readOnly = true)
    public TaskPage inboxPage(CurrentUser user, int page, int size) {
        List<String> groups = user.candidateGroups();
        if (groups.isEmpty()) {
            return TaskPage.empty(size);
        }
        // a candidate-group query leaves out assigned tasks unless asked: SIP's assignments hide nothing from anyone
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
                .orderByTaskCreateTime().desc();
        if (!seesOnlyOwnIdentification(user)) {
            return paged(query, page, size);
        }
        List<TaskView> all = owned(user, views(query.list()));
        return TaskPage.of(all, page, size);
    }

    /** One page of the submissions waiting for SIP's decision, the earliest due first; paged in the engine. */
    @Transactional(readOnly = true)
    public TaskPage reviewPage(CurrentUser reviewer, int page, int size) {
        return reviewPage(reviewer, ReviewFilter.ALL, page, size);
    }

    /** One page of SIP's queue, earliest deadline first: all of it, the reviewer's own or the unassigned part. */
    @Transactional(readOnly = true)
    public TaskPage reviewPage(CurrentUser reviewer, ReviewFilter filter, int page, int size) {
        if (!reviewer.candidateGroups().contains(CurrentUser.SIP_REVIEWERS_GROUP)) {
            return TaskPage.empty(size);
        }
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(CurrentUser.SIP_REVIEWERS_GROUP)
                .includeAssignedTasks()
                .taskDefinitionKey(REVIEW_SUBMISSION);
        switch (filter) {
            case MINE -> query.taskAssignee(reviewer.username());
            case UNASSIGNED -> query.taskUnassigned();
            case ALL -> { }
        }
        return paged(query.orderByDueDate().asc().orderByTaskCreateTime().asc(), page, size);
    }

    /**
     * Splits SIP's queue: a reviewer takes a submission, hands it to a colleague, or gives it back (no assignee).
     * Only SIP reviewers assign, only to an enabled SIP reviewer, and only review tasks; the assignment says who
     * is reviewing it, it does not stop a colleague from deciding (SIP works as one team).
     */
    @Transactional
    public void assignReview(CurrentUser reviewer, String taskId, String assignee, java.util.Collection<String> reviewers) {
        if (!reviewer.has(Role.SIP_REVIEWER)) {
            throw new AccessDeniedException("only SIP reviewers assign reviews");
        }
        Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(REVIEW_SUBMISSION).singleResult();
        if (task == null) {
            throw new TaskGoneException(taskId);
        }
        if (assignee != null && !reviewers.contains(assignee)) {
            throw new pe.integrity.shared.InvalidInputException("assignee", "review.assign.unknown");
        }
        tasks.setAssignee(taskId, assignee);
    }

    /**
     * Open tasks of one assessment the user may work on, found by the process instance's business key (the
     * assessment's id), never through the user's whole inbox.
     */
    @Transactional(readOnly = true)
    public List<TaskView> openTasks(CurrentUser user, Long assessmentId) {
        List<String> groups = user.candidateGroups();
        if (groups.isEmpty()) {
            return List.of();
        }
        return owned(user, views(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assessmentId))
                .taskCandidateGroupIn(groups).includeAssignedTasks().orderByTaskCreateTime().desc().list()));
    }

    private TaskPage paged(TaskQuery query, int page, int size) {
        long total = query.count();
        int last = (int) Math.max(0, (total - 1) / size);
        int shown = Math.min(Math.max(page, 0), last);
        return new TaskPage(views(query.listPage(shown * size, size)), total, shown, size);
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
        return !IDENTIFY_RISKS.equals(t.key()) || seesEveryIdentification(user)
                || ProcessOwnership.worksOn(assessments.processOwner(t.processInScopeId()), user);
    }

    private static boolean seesEveryIdentification(CurrentUser user) {
        return ProcessOwnership.worksOn(null, user);
    }

    /**
     * A Técnico who is not Conductor: the only user whose candidate tasks include identification tasks of
     * processes they may not work on (identification tasks go to the entity's Técnicos and Conductor only).
     */
    private static boolean seesOnlyOwnIdentification(CurrentUser user) {
        return user.has(Role.TECNICO) && !seesEveryIdentification(user);
    }

    /** The tasks the user may work on, with the owners of their processes read in one query. */
    private List<TaskView> owned(CurrentUser user, List<TaskView> views) {
        if (seesEveryIdentification(user)) {
            return views;
        }
        Set<Long> processIds = views.stream().filter(t -> IDENTIFY_RISKS.equals(t.key()))
                .map(TaskView::processInScopeId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> owners = assessments.processOwners(processIds);
        return views.stream()
                .filter(t -> !IDENTIFY_RISKS.equals(t.key())
                        || ProcessOwnership.worksOn(owners.get(t.processInScopeId()), user))
                .toList();
    }

    private TaskView view(Task t) {
        return views(List.of(t)).get(0);
    }

    /**
     * The tasks as screens show them, with their variables read in one query for all of them (the assessment
     * and entity on the process instance, the process in scope on an identification task's own execution).
     */
    private List<TaskView> views(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        String[] instances = found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, Map<String, Object>> byExecution = new HashMap<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(instances)
                .variableNameIn(VAR_ASSESSMENT_ID, VAR_ENTITY_ID, VAR_PROCESS_ID).disableCustomObjectDeserialization()
                .list()) {
            byExecution.computeIfAbsent(v.getExecutionId(), e -> new HashMap<>()).put(v.getName(), v.getValue());
        }
        return found.stream().map(t -> {
            Map<String, Object> instance = byExecution.getOrDefault(t.getProcessInstanceId(), Map.of());
            Object processId = IDENTIFY_RISKS.equals(t.getTaskDefinitionKey())
                    ? byExecution.getOrDefault(t.getExecutionId(), Map.of()).get(VAR_PROCESS_ID)
                    : null;
            return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                    (Long) instance.get(VAR_ASSESSMENT_ID), (Long) instance.get(VAR_ENTITY_ID), (Long) processId,
                    t.getCreateTime(), t.getDueDate(), t.getAssignee());
        }).toList();
    }
}
