package pe.integrity.workflow;

import java.time.Instant;

/**
 * One thing the engine recorded in an assessment's process history: a user task ended, a decision gateway passed, a
 * timer fired, automatic work done, the process started or ended. Plain values: no engine type leaves the module.
 *
 * @param id the engine's id of the event, the cursor for the next page ({@link ProcessHistory})
 * @param activityId the BPMN element id (see {@link AssessmentProcess})
 * @param name the element's name in the BPMN (Spanish)
 * @param assignee username of whoever completed a user task, else null
 * @param canceled a task or timer ended without completing (e.g. its step was interrupted)
 */
public record ProcessEvent(String id, Kind kind, String activityId, String name, String assignee, Instant at,
        boolean canceled) {

    public enum Kind {
        STARTED,
        TASK,
        DECISION,
        TIMER,
        AUTOMATIC,
        ENDED
    }
}
