package pe.integrity.dashboard;

import java.util.Arrays;
import java.util.stream.Collectors;
import pe.integrity.assessment.AssessmentStage;

/**
 * A column of the national dashboard: which entities it counts, as a condition on {@code public_entity e} left
 * joined with the period's {@code assessment a}. {@link #OVERDUE} overlaps the others: the period has ended and the
 * entity has not sent its assessment to SIP (not started, still working, or returned and not resubmitted).
 */
public enum DashboardColumn {
    NOT_STARTED("a.id IS NULL"),
    PREPARATION(stage(AssessmentStage.PREPARATION)),
    SCOPE_APPROVAL(stage(AssessmentStage.SCOPE_APPROVAL)),
    IDENTIFICATION(stage(AssessmentStage.IDENTIFICATION)),
    EVALUATION(stage(AssessmentStage.EVALUATION)),
    TREATMENT(stage(AssessmentStage.TREATMENT)),
    INTERNAL_APPROVAL(stage(AssessmentStage.INTERNAL_APPROVAL)),
    SUBMITTED(stage(AssessmentStage.SIP_REVIEW)),
    RETURNED(stage(AssessmentStage.CORRECTION)),
    APPROVED(stage(AssessmentStage.FOLLOW_UP, AssessmentStage.CLOSING, AssessmentStage.CLOSED)),
    OVERDUE(null),
    TOTAL("TRUE");

    /** Where the entity's own work is owed: before SIP, or back from SIP. */
    private static final String NOT_SENT = "(a.id IS NULL OR " + stage(AssessmentStage.PREPARATION,
            AssessmentStage.SCOPE_APPROVAL, AssessmentStage.IDENTIFICATION, AssessmentStage.EVALUATION,
            AssessmentStage.TREATMENT, AssessmentStage.INTERNAL_APPROVAL, AssessmentStage.CORRECTION) + ")";

    private final String condition;

    DashboardColumn(String condition) {
        this.condition = condition;
    }

    /** The SQL condition; constant text (no user input), so it may be concatenated into a statement. */
    String condition(boolean periodEnded) {
        if (this == OVERDUE) {
            return periodEnded ? NOT_SENT : "FALSE";
        }
        return condition;
    }

    private static String stage(AssessmentStage... stages) {
        return "a.stage IN (" + Arrays.stream(stages).map(s -> "'" + s.name() + "'").collect(Collectors.joining(","))
                + ")";
    }
}
