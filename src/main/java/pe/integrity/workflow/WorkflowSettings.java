package pe.integrity.workflow;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import pe.integrity.assessment.FollowUpFrequency;

/**
 * Deadlines and cycles of the process, as ISO-8601 durations handed to the BPMN timers. Defaults are a
 * design choice (the guide sets none): SIP reviews within 15 days, entities correct within 20; measures'
 * deadlines are checked daily during follow-up; a cycle's progress report is due 30 days after it is asked for, with a
 * reminder at 20.
 */
@ConfigurationProperties("app.workflow")
public record WorkflowSettings(
        Period reviewReminder,
        Period reviewDeadline,
        Period correctionReminder,
        Period correctionDeadline,
        Period followUpInterval,
        Period followUpReportReminder,
        Period followUpReportDeadline,
        Duration measureDeadlineCheck) {

    public WorkflowSettings {
        reviewReminder = reviewReminder == null ? Period.ofDays(10) : reviewReminder;
        reviewDeadline = reviewDeadline == null ? Period.ofDays(15) : reviewDeadline;
        correctionReminder = correctionReminder == null ? Period.ofDays(15) : correctionReminder;
        correctionDeadline = correctionDeadline == null ? Period.ofDays(20) : correctionDeadline;
        followUpInterval = followUpInterval == null ? Period.ofMonths(6) : followUpInterval;
        followUpReportReminder = followUpReportReminder == null ? Period.ofDays(20) : followUpReportReminder;
        followUpReportDeadline = followUpReportDeadline == null ? Period.ofDays(30) : followUpReportDeadline;
        measureDeadlineCheck = measureDeadlineCheck == null ? Duration.ofDays(1) : measureDeadlineCheck;
    }

    /** The interval between an assessment's follow-up reports: SIP's choice for its campaign, else the platform's. */
    public Period followUpInterval(FollowUpFrequency chosen) {
        return chosen == null ? followUpInterval : chosen.period();
    }

    /** How often, during follow-up, measures' deadlines are checked: a repeating BPMN timer cycle. */
    String measureDeadlineCycle() {
        return "R/" + iso(measureDeadlineCheck);
    }

    static String iso(Period p) {
        return p.toString();
    }

    static String iso(Duration d) {
        return d.toString();
    }
}
