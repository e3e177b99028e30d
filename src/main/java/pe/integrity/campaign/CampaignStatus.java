package pe.integrity.campaign;

/** Whether a campaign's launch still has entities to go through. */
public enum CampaignStatus {
    LAUNCHING,
    DONE;

    public boolean isPending() {
        return this == LAUNCHING;
    }
}
