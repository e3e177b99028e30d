package pe.integrity.workspace.review;

import java.util.Date;

/**
 * A submission waiting for SIP's decision, as the reviewers' queue shows it: its deadline state (days left,
 * reminded, escalated) and who is reviewing it.
 *
 * @param daysLeft days until the review deadline, negative once past it; null without a deadline
 * @param assignee username of the reviewer who took it, null while nobody has
 */
public record PendingReview(
        String taskId,
        Long assessmentId,
        Long entityId,
        String entityName,
        int periodYear,
        int round,
        Date due,
        boolean overdue,
        Long daysLeft,
        boolean reminded,
        boolean escalated,
        String assignee,
        String assigneeName) {

    public boolean mine(String username) {
        return username.equals(assignee);
    }
}
