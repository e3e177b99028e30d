package pe.integrity.workflow;

/** Which part of SIP's review queue a reviewer looks at. */
public enum ReviewFilter {
    ALL,
    /** Assigned to the reviewer. */
    MINE,
    /** Nobody has taken it yet. */
    UNASSIGNED
}
