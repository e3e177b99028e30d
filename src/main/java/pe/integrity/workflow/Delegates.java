package pe.integrity.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.shared.SystemActor;

/**
 * The service tasks of the BPMN, one small delegate each, named as in {@code camunda:delegateExpression}.
 * Each calls one use case of the assessment module; none holds logic of its own.
 */
@Configuration
class Delegates {

    @Bean
    JavaDelegate submitToSip(Assessments assessments) {
        return execution -> execution.setVariable(AssessmentProcess.VAR_SUBMISSION_ROUND,
                assessments.submitToSip(assessmentId(execution), SystemActor.USERNAME, SystemActor.NAME));
    }

    @Bean
    JavaDelegate publishApprovedAssessment(Assessments assessments) {
        return execution -> assessments.markApproved(assessmentId(execution));
    }

    @Bean
    JavaDelegate flagOverdueMeasures(FollowUpReporting followUp) {
        return execution -> {
            FollowUpReporting.CycleCheck check = followUp.flagOverdue(assessmentId(execution));
            execution.setVariable("overdueMeasures", check.overdue());
            // read by Gateway_MeasuresPending: follow-up ends once every measure is implemented
            execution.setVariable("pendingMeasures", check.pending());
        };
    }

    /** The daily deadline check of follow-up (Task_NoticeMeasureDeadlines): owners told once per notice. */
    @Bean
    JavaDelegate measureDeadlines(FollowUpReporting followUp) {
        return execution -> followUp.noticeDeadlines(assessmentId(execution));
    }

    @Bean
    JavaDelegate closePeriod(Assessments assessments) {
        return execution -> {
            Long id = assessmentId(execution);
            assessments.moveTo(id, AssessmentStage.CLOSED);
            assessments.record(id, AssessmentEvent.Type.PERIOD_CLOSED, SystemActor.USERNAME, SystemActor.NAME, null);
        };
    }

    /** Reminders and escalations: the BPMN says which through the input parameter {@code notice}. */
    @Bean
    JavaDelegate deadlineNotice(ApplicationEventPublisher publisher) {
        return execution -> publisher.publishEvent(new DeadlineNotice(
                DeadlineNotice.Kind.valueOf((String) execution.getVariableLocal("notice")),
                assessmentId(execution),
                (Long) execution.getVariable(AssessmentProcess.VAR_ENTITY_ID)));
    }

    static Long assessmentId(DelegateExecution execution) {
        return (Long) execution.getVariable(AssessmentProcess.VAR_ASSESSMENT_ID);
    }
}
