package pe.integrity.workspace;

import java.util.Date;

/** A submission waiting for SIP's decision, as the reviewers' list shows it. */
record PendingReview(
        String taskId,
        Long assessmentId,
        Long entityId,
        String entityName,
        int periodYear,
        int round,
        Date due,
        boolean overdue) {}
