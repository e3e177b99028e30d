package pe.integrity.workspace.overview;

import java.time.LocalDateTime;

/**
 * An open task in a user's inbox.
 *
 * @param processName the process in scope, for identification tasks; else null
 * @param url the step page where the task is worked on
 */
public record InboxItem(
        String taskId,
        String key,
        Long assessmentId,
        String entityName,
        int periodYear,
        String processName,
        LocalDateTime created,
        LocalDateTime due,
        boolean late,
        String url) {}
