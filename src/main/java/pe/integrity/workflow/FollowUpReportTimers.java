package pe.integrity.workflow;

import org.springframework.stereotype.Component;

/**
 * The reminder and deadline of a follow-up cycle's progress report, for the timers on «Reportar avance de medidas».
 * Read from the settings when the report is asked for rather than from start-up variables, so processes that were
 * already in follow-up before these timers existed get them too.
 */
@Component("followUpReportTimers")
public class FollowUpReportTimers {

    private final WorkflowSettings settings;

    FollowUpReportTimers(WorkflowSettings settings) {
        this.settings = settings;
    }

    public String reminder() {
        return WorkflowSettings.iso(settings.followUpReportReminder());
    }

    public String deadline() {
        return WorkflowSettings.iso(settings.followUpReportDeadline());
    }
}
