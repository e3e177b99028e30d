package pe.integrity.offline;

import java.time.Instant;
import java.util.List;

/**
 * What an upload led to. Only {@link Stored} keeps anything: a file that was refused, had problems, would change
 * nothing, or was already imported leaves the database as it was.
 */
public sealed interface UploadOutcome {

    /** The outcome's name, for the page to choose its message. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /** Refused as a file (hostile, damaged, not ours): one message. */
    record Refused(String code, Object[] args) implements UploadOutcome {}

    /** Read, but some rows cannot be applied: every problem at once. */
    record Problems(List<ImportPlan.Problem> problems) implements UploadOutcome {}

    /** Every row is already as the system has it. */
    record NothingToChange(int unchanged) implements UploadOutcome {}

    /** The same file was applied before: nothing is done again. */
    record AlreadyApplied(Instant appliedAt, String by) implements UploadOutcome {}

    /** Kept for the preview, which the user confirms. */
    record Stored(Long uploadId) implements UploadOutcome {}
}
