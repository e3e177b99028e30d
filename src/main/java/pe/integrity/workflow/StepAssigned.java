package pe.integrity.workflow;

import java.util.List;

/**
 * A step became someone's work: published when a user task is created, for notifications.
 *
 * @param candidateGroups entity-scoped groups ({@code entity:42:CONDUCTOR}) or {@code sip-reviewers}
 * @param returned true when the step was done before and comes back (a return or an observation)
 * @param processInScopeId the process an identification task is about (its owner is the one to tell), else null
 */
public record StepAssigned(
        String taskId,
        String taskKey,
        String taskName,
        Long assessmentId,
        Long entityId,
        List<String> candidateGroups,
        boolean returned,
        Long processInScopeId) {}
