package pe.integrity.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentOpened;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpFrequency;

/** Starts the BPMN process in the transaction that opens the assessment: both exist, or neither. */
@Component
class ProcessStarter {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Assessments assessments;
    private final WorkflowSettings settings;

    ProcessStarter(RuntimeService runtime, IdentityService identity, Assessments assessments, WorkflowSettings settings) {
        this.runtime = runtime;
        this.identity = identity;
        this.assessments = assessments;
        this.settings = settings;
    }

    @EventListener
    void on(AssessmentOpened opened) {
        Assessment a = assessments.find(opened.assessmentId());
        Map<String, Object> vars = variables(a.getId(), a.getEntityId(), a.getPeriodEnd(), a.getFollowUpFrequency(),
                settings);
        identity.setAuthenticatedUserId(opened.openedBy());
        try {
            ProcessInstance pi = runtime.startProcessInstanceByKey(
                    AssessmentProcess.KEY, String.valueOf(a.getId()), vars);
            assessments.linkProcess(a.getId(), pi.getId());
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The variables a process instance starts with: the assessment, its entity, its period and the deadlines. */
    static Map<String, Object> variables(Long assessmentId, Long entityId, LocalDate periodEnd,
            FollowUpFrequency followUp, WorkflowSettings settings) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(AssessmentProcess.VAR_ASSESSMENT_ID, assessmentId);
        vars.put(AssessmentProcess.VAR_ENTITY_ID, entityId);
        vars.put("periodEnd", endOfDay(periodEnd));
        vars.put("reviewReminder", WorkflowSettings.iso(settings.reviewReminder()));
        vars.put("reviewDeadline", WorkflowSettings.iso(settings.reviewDeadline()));
        vars.put("correctionReminder", WorkflowSettings.iso(settings.correctionReminder()));
        vars.put("correctionDeadline", WorkflowSettings.iso(settings.correctionDeadline()));
        vars.put("followUpInterval", WorkflowSettings.iso(settings.followUpInterval(followUp)));
        vars.put("measureDeadlineCheck", settings.measureDeadlineCycle());
        return vars;
    }

    /** ISO date-time for the timeDate timer that closes the period. */
    static String endOfDay(LocalDate date) {
        return date + "T23:59:59";
    }
}
