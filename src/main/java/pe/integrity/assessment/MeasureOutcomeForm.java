package pe.integrity.assessment;

/** The Conductor's decision at close on a measure not implemented: carry it over, or drop it with a reason. */
public class MeasureOutcomeForm {

    /** How long the reason for dropping a measure may be (the column's size). */
    public static final int REASON_MAX = 500;

    private MeasureOutcome outcome;
    private String reason;
    private Long version;

    public MeasureOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(MeasureOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
