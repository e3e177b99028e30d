package pe.integrity.workflow;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.AssessmentStep;
import pe.integrity.assessment.Assessments;

/**
 * Keeps the assessment's stage in step with the process (dashboards query the stage column, not the
 * engine), sets due dates on the steps that have deadlines, and announces new work for notifications.
 * Camunda's Spring eventing publishes every task event inside the engine's transaction.
 */
@Component
class StageTracker {

    private final Assessments assessments;
    private final HistoryService history;
    private final WorkflowSettings settings;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    StageTracker(Assessments assessments, HistoryService history, WorkflowSettings settings,
            ApplicationEventPublisher publisher, Clock clock) {
        this.assessments = assessments;
        this.history = history;
        this.settings = settings;
        this.publisher = publisher;
        this.clock = clock;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    void onCreate(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        AssessmentStep step = AssessmentProcess.STEPS.get(key);
        if (step == null) {
            return;
        }
        Long assessmentId = (Long) task.getVariable(AssessmentProcess.VAR_ASSESSMENT_ID);
        Long entityId = (Long) task.getVariable(AssessmentProcess.VAR_ENTITY_ID);
        assessments.moveTo(assessmentId, step.stage());
        if (AssessmentProcess.REVIEW_SUBMISSION.equals(key)) {
            task.setDueDate(dueIn(settings.reviewDeadline()));
        } else if (AssessmentProcess.CORRECT_OBSERVATIONS.equals(key)) {
            task.setDueDate(dueIn(settings.correctionDeadline()));
        }
        List<String> groups = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId())
                .toList();
        boolean returned = history.createHistoricTaskInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .taskDefinitionKey(key)
                        .finished()
                        .count()
                > 0;
        Long processId = AssessmentProcess.IDENTIFY_RISKS.equals(key)
                ? (Long) task.getVariable(AssessmentProcess.VAR_PROCESS_ID)
                : null;
        publisher.publishEvent(new StepAssigned(task.getId(), key, task.getName(), assessmentId, entityId, groups,
                returned && !AssessmentProcess.REPORT_PROGRESS.equals(key), processId));
    }

    private Date dueIn(Period period) {
        return Date.from(LocalDateTime.now(clock).plus(period).atZone(clock.getZone()).toInstant());
    }

}
