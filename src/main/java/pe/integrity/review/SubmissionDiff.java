package pe.integrity.review;

import java.util.List;

/**
 * What changed between two submissions to SIP: risks and measures that are new, changed (which fields, from
 * what to what) or removed. Compares the stored snapshots, so it shows what SIP received each time.
 */
public record SubmissionDiff(int round, int previousRound, List<Change> risks, List<Change> measures) {

    public enum Kind {
        NEW,
        CHANGED,
        REMOVED
    }

    /**
     * @param label the risk code, or the risk code and the start of a measure's description
     * @param fields the changed fields (empty for new and removed items)
     */
    public record Change(Kind kind, Long id, String label, List<FieldChange> fields) {}

    /** One field's value before and after, as text; null when the field was empty. */
    public record FieldChange(String field, String before, String after) {}

    public boolean isEmpty() {
        return risks.isEmpty() && measures.isEmpty();
    }
}
