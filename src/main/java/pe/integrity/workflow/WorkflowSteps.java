package pe.integrity.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.AssessmentStep;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;

/**
 * The state of every user step of one assessment, read from the engine: what is open, what was done, by
 * whom and when, and what came back after a return. Feeds the assessment's "task list" page.
 */
@Service
@Transactional(readOnly = true)
public class WorkflowSteps {

    /** Camunda writes this delete reason on tasks that were completed (not cancelled). */
    static final String COMPLETED = "completed";

    private final Assessments assessments;
    private final TaskService tasks;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final WorkflowSettings settings;

    WorkflowSteps(Assessments assessments, TaskService tasks, HistoryService history, RuntimeService runtime,
            RepositoryService repository, ManagementService management, WorkflowSettings settings) {
        this.management = management;
        this.settings = settings;
        this.assessments = assessments;
        this.tasks = tasks;
        this.history = history;
        this.runtime = runtime;
        this.repository = repository;
    }

    /**
     * When follow-up next asks for a progress report: the due date of the cycle's timer, while it waits (empty
     * outside follow-up, or while a report is already asked for). The caller has read the assessment with the
     * user's rights (it holds the process instance id); no second read here.
     */
    /** Months between the assessment's follow-up reports, as its process was started with them. */
    public int followUpMonths(Assessment a) {
        return (int) settings.followUpInterval(a.getFollowUpFrequency()).toTotalMonths();
    }

    /** While a cycle's progress report is asked for: the day it becomes late (its deadline timer's due date). */
    public Optional<Date> followUpReportDeadline(String processInstanceId) {
        return timerDue(processInstanceId, AssessmentProcess.TIMER_FOLLOW_UP_REPORT_DEADLINE);
    }

    public Optional<Date> nextFollowUpReport(String processInstanceId) {
        return timerDue(processInstanceId, AssessmentProcess.TIMER_NEXT_REPORT);
    }

    /** The due date of the process's waiting job at a BPMN element, if it waits there. */
    private Optional<Date> timerDue(String processInstanceId, String activityId) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .list().stream().map(Job::getDuedate).findFirst();
    }

    /** The steps in the guide's order; only for users who may read the assessment. */
    public List<StepStatus> steps(CurrentUser user, Long assessmentId) {
        Assessment a = assessments.get(user, assessmentId);
        String pi = a.getProcessInstanceId();
        List<Task> open = pi == null ? List.of() : tasks.createTaskQuery().processInstanceId(pi).list();
        List<HistoricTaskInstance> done = pi == null
                ? List.of()
                : history.createHistoricTaskInstanceQuery().processInstanceId(pi).finished().list().stream()
                        .filter(t -> COMPLETED.equals(t.getDeleteReason()))
                        .toList();
        BpmnModelInstance model = model(pi);
        List<StepStatus> steps = new ArrayList<>();
        for (Map.Entry<String, AssessmentStep> step : AssessmentProcess.STEPS.entrySet()) {
            steps.add(status(step.getKey(), step.getValue().stage(), model, open, done));
        }
        return steps;
    }

    private StepStatus status(String key, AssessmentStage stage, BpmnModelInstance model, List<Task> open,
            List<HistoricTaskInstance> done) {
        List<StepStatus.OpenTask> openTasks = open.stream()
                .filter(t -> key.equals(t.getTaskDefinitionKey()))
                .sorted(Comparator.comparing(Task::getCreateTime))
                .map(t -> new StepStatus.OpenTask(t.getId(), processOf(t), t.getCreateTime(), t.getDueDate()))
                .toList();
        HistoricTaskInstance last = done.stream()
                .filter(t -> key.equals(t.getTaskDefinitionKey()))
                .max(Comparator.comparing(HistoricTaskInstance::getEndTime))
                .orElse(null);
        StepStatus.State state;
        if (!openTasks.isEmpty()) {
            state = returned(key, openTasks, done) ? StepStatus.State.RETURNED : StepStatus.State.IN_PROGRESS;
        } else {
            state = last == null ? StepStatus.State.NOT_STARTED : StepStatus.State.DONE;
        }
        return new StepStatus(key, stage, state, holders(model, key), openTasks,
                last == null ? null : last.getAssignee(), last == null ? null : last.getEndTime());
    }

    /**
     * Open again after an earlier completion. Parallel identification tasks start together, so a sibling
     * finished after the open ones were created is progress, not a return; the follow-up report recurs by
     * design and is never a return.
     */
    private static boolean returned(String key, List<StepStatus.OpenTask> openTasks, List<HistoricTaskInstance> done) {
        if (AssessmentProcess.REPORT_PROGRESS.equals(key)) {
            return false;
        }
        Date firstOpen = openTasks.get(0).created();
        return done.stream()
                .filter(t -> key.equals(t.getTaskDefinitionKey()))
                .anyMatch(t -> !t.getEndTime().after(firstOpen));
    }

    private Long processOf(Task t) {
        if (!AssessmentProcess.IDENTIFY_RISKS.equals(t.getTaskDefinitionKey())) {
            return null;
        }
        return (Long) tasks.getVariable(t.getId(), AssessmentProcess.VAR_PROCESS_ID);
    }

    /** Roles named by the step's candidate groups, e.g. {@code entity:${entityId}:TECNICO} or {@code sip-reviewers}. */
    private static List<Role> holders(BpmnModelInstance model, String key) {
        if (model == null || !(model.getModelElementById(key) instanceof UserTask task)
                || task.getCamundaCandidateGroups() == null) {
            return List.of();
        }
        return Arrays.stream(task.getCamundaCandidateGroups().split(","))
                .map(String::strip)
                .map(WorkflowSteps::role)
                .filter(Objects::nonNull)
                .toList();
    }

    private static Role role(String group) {
        if (CurrentUser.SIP_REVIEWERS_GROUP.equals(group)) {
            return Role.SIP_REVIEWER;
        }
        String name = group.substring(group.lastIndexOf(':') + 1);
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    /** The model of the assessment's process definition; the latest deployed one before it has started. */
    private BpmnModelInstance model(String processInstanceId) {
        String definitionId = null;
        if (processInstanceId != null) {
            ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                    .singleResult();
            definitionId = running != null
                    ? running.getProcessDefinitionId()
                    : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                            .getProcessDefinitionId();
        }
        if (definitionId == null) {
            definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(AssessmentProcess.KEY)
                    .latestVersion().singleResult().getId();
        }
        return repository.getBpmnModelInstance(definitionId);
    }
}
