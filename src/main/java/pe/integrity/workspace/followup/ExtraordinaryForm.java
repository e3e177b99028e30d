package pe.integrity.workspace.followup;

/** The Conductor's request for an extraordinary progress report: why it is needed now. */
public class ExtraordinaryForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
