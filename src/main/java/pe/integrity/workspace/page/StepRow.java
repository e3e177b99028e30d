package pe.integrity.workspace.page;

import java.time.LocalDateTime;
import java.util.List;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.organisation.Role;
import pe.integrity.workflow.StepStatus;

/**
 * A line of the assessment's task list.
 *
 * @param holders who holds the open work: the process owners for identification, else empty (see roles)
 * @param due the deadline of the open task, if it has one
 * @param url the step's page
 * @param mine true when the signed-in user has an open task of this step
 */
public record StepRow(
        String key,
        AssessmentStage stage,
        StepStatus.State state,
        List<Role> roles,
        List<Holder> holders,
        LocalDateTime due,
        String completedByName,
        LocalDateTime completedAt,
        String url,
        boolean mine) {

    /** A person (or a process) holding an open part of the step. */
    public record Holder(String processName, String personName, LocalDateTime due, String url) {}
}
