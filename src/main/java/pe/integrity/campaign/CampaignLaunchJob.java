package pe.integrity.campaign;

import java.util.Map;
import org.springframework.stereotype.Component;
import pe.integrity.shared.DurableJob;
import pe.integrity.shared.LaterWork;

/** The durable job of one batch of a campaign's launch (ADR 0011); its key names the campaign in Cockpit. */
@Component
class CampaignLaunchJob implements DurableJob {

    static final String NAME = "campaign-launch";
    private static final String CAMPAIGN_ID = "campaignId";

    private final CampaignLaunch launch;

    CampaignLaunchJob(CampaignLaunch launch) {
        this.launch = launch;
    }

    static void enqueue(LaterWork later, Long campaignId) {
        later.enqueue(NAME, key(campaignId), Map.of(CAMPAIGN_ID, campaignId));
    }

    static String key(Long campaignId) {
        return "campaign " + campaignId;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(Map<String, Object> payload) {
        launch.nextBatch(((Number) payload.get(CAMPAIGN_ID)).longValue());
    }
}
