package pe.integrity.workflow;

import java.util.Date;

/**
 * A user task as the screens show it.
 *
 * @param processInScopeId the process this task is about (identification tasks only), else null
 * @param assignee the username of the person the task is assigned to (SIP's review queue), else null
 */
public record TaskView(
        String id,
        String key,
        String name,
        Long assessmentId,
        Long entityId,
        Long processInScopeId,
        Date created,
        Date due,
        String assignee) {}
