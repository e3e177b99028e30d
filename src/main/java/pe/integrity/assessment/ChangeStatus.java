package pe.integrity.assessment;

/** How a risk compares with the previous period's approved assessment it was copied from. */
public enum ChangeStatus {
    UNCHANGED,
    CHANGED,
    NEW,
    REMOVED
}
