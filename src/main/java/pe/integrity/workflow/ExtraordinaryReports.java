package pe.integrity.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;

/**
 * An extraordinary progress report: the Conductor asks for the report now instead of at the end of the follow-up
 * cycle. The engine does what the cycle's timer would have done (flag overdue measures, open "Reportar avance"
 * for the measures' owners), by running the waiting timer's job at once; the next cycle is counted from this
 * report, as after any other. One transaction: the journal entry and the engine's step, or neither.
 */
@Service
public class ExtraordinaryReports {

    private final FollowUpReporting reporting;
    private final ManagementService management;

    ExtraordinaryReports(FollowUpReporting reporting, ManagementService management) {
        this.reporting = reporting;
        this.management = management;
    }

    @Transactional
    public void ask(CurrentUser user, Long assessmentId, String reason) {
        Assessment a = reporting.askExtraordinaryReport(user, assessmentId, reason);
        Job timer = a.getProcessInstanceId() == null ? null : management.createJobQuery()
                .processInstanceId(a.getProcessInstanceId()).activityId(AssessmentProcess.TIMER_NEXT_REPORT)
                .singleResult();
        if (timer == null) {
            // no cycle waiting: the report is already being asked for (or follow-up is ending)
            throw new InvalidInputException("reason", "followUp.extraordinary.alreadyAsked");
        }
        management.executeJob(timer.getId());
    }
}
