package pe.integrity.workspace.review;

import java.util.Date;

/** A submission waiting for SIP's decision, as the reviewers' list shows it. */
public record PendingReview(
        String taskId,
        Long assessmentId,
        Long entityId,
        String entityName,
        int periodYear,
        int round,
        Date due,
        boolean overdue) {}
