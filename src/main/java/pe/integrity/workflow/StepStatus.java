package pe.integrity.workflow;

import java.util.Date;
import java.util.List;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.organisation.Role;

/**
 * One user step of an assessment's cycle as its "task list" shows it, derived from the engine's runtime and
 * history.
 *
 * @param key the BPMN element id (see {@link AssessmentProcess})
 * @param holders the roles whose people work on the step (from the BPMN candidate groups)
 * @param open the step's open tasks: several for identification (one per process in scope)
 * @param completedBy username of whoever completed the step last, null if never completed
 * @param completedAt when it was last completed
 */
public record StepStatus(
        String key,
        AssessmentStage stage,
        State state,
        List<Role> holders,
        List<OpenTask> open,
        String completedBy,
        Date completedAt) {

    public StepStatus {
        holders = List.copyOf(holders);
        open = List.copyOf(open);
    }

    /** The guide's four states of a step. */
    public enum State {
        NOT_STARTED,
        IN_PROGRESS,
        DONE,
        /** Open again after it had been completed: a return by Alta Dirección or an observation by SIP. */
        RETURNED
    }

    /**
     * An open task of the step.
     *
     * @param processInScopeId the process it is about (identification only), else null
     */
    public record OpenTask(String taskId, Long processInScopeId, Date created, Date due) {}
}
