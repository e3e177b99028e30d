package pe.integrity.register.national;

/** Life of a background export: QUEUED → RUNNING → DONE or FAILED. */
public enum ExportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    /** True while the page should keep refreshing itself. */
    public boolean isPending() {
        return this == QUEUED || this == RUNNING;
    }
}
