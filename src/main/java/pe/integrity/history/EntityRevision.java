package pe.integrity.history;

import java.time.Instant;
import java.util.List;

/**
 * One audited entity as one revision left it: who, when, which kind of change and which fields changed.
 *
 * @param label what the entity is called (a risk's code, a process's name, a measure's description)
 * @param parent what it belongs to (a measure's risk code, an activity's process), or null
 * @param changes the fields changed, in the table's column order; for a creation every field given, for a
 *     deletion none
 * @param firstRecorded a change whose earlier state was never recorded (the row predates the history)
 */
public record EntityRevision(AuditedKind kind, long entityId, long rev, Change change, Instant at, String username,
        String authorName, String label, String parent, List<FieldChange> changes, boolean firstRecorded) {

    public EntityRevision {
        changes = List.copyOf(changes);
    }

    /** Envers' revision types, in the order of their numbers (0, 1, 2). */
    public enum Change {
        CREATED,
        CHANGED,
        DELETED
    }

    /** A creation: its fields have no "before". */
    public boolean isCreated() {
        return change == Change.CREATED;
    }

    /** Where the next page starts: after this entry. */
    Cursor cursor() {
        return new Cursor(rev, kind.order, entityId);
    }

    /** A position in the order of the history: revision, then kind, then entity id, all newest first. */
    record Cursor(long rev, int order, long id) {}
}
