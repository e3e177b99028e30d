package pe.integrity.history;

/**
 * Where a page of the history starts: after the last revision and the last process event already shown (each
 * source has its own position, so the two are merged without skipping or repeating a line). Null parts: from the
 * newest.
 */
public record TimelineCursor(EntityRevision.Cursor revision, String event) {

    public static final TimelineCursor NEWEST = new TimelineCursor(null, null);

    public Long rev() {
        return revision == null ? null : revision.rev();
    }

    public Integer ord() {
        return revision == null ? null : revision.order();
    }

    public Long row() {
        return revision == null ? null : revision.id();
    }
}
