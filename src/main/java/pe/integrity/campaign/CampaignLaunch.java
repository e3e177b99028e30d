package pe.integrity.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.shared.LaterWork;
import pe.integrity.shared.NotFoundException;

/**
 * One batch of a campaign's launch, in the job's transaction: for each pending entity, open the period's assessment
 * or record why not, then enqueue the next batch or mark the campaign done. A batch commits whole or not at all, so
 * after a crash the next run starts from the first entity still pending, and the existing-check (backed by the
 * unique key on entity and period) keeps a second run from opening anything twice.
 */
@Component
class CampaignLaunch {

    private final CampaignRepository campaigns;
    private final CampaignEntities entities;
    private final Assessments assessments;
    private final UserDirectory users;
    private final LaterWork later;
    private final Clock clock;
    private final int batchSize;

    CampaignLaunch(CampaignRepository campaigns, CampaignEntities entities, Assessments assessments,
            UserDirectory users, LaterWork later, Clock clock, @Value("${app.campaigns.batch-size:25}") int batchSize) {
        this.campaigns = campaigns;
        this.entities = entities;
        this.assessments = assessments;
        this.users = users;
        this.later = later;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Transactional
    void nextBatch(Long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        if (!campaign.getStatus().isPending()) {
            return; // a late retry of a finished launch
        }
        for (Long entityId : entities.nextPending(campaignId, batchSize)) {
            launch(campaign, entityId);
        }
        if (entities.anyPending(campaignId)) {
            CampaignLaunchJob.enqueue(later, campaignId);
        } else {
            campaign.finish(Instant.now(clock));
        }
    }

    private void launch(Campaign campaign, Long entityId) {
        int year = campaign.getPeriodYear();
        Optional<Long> existing = assessments.idFor(entityId, year);
        if (existing.isPresent()) {
            entities.record(campaign.getId(), entityId, Outcome.ALREADY_OPEN, existing.get(), Instant.now(clock));
        } else if (users.ofEntityWithRole(entityId, Role.CONDUCTOR).isEmpty()) {
            entities.record(campaign.getId(), entityId, Outcome.NO_CONDUCTOR, null, Instant.now(clock));
        } else {
            Assessment opened = assessments.openForCampaign(entityId, year, campaign.getFollowUpFrequency(),
                    campaign.getCreatedBy(),
                    campaign.getCreatedByName()).orElseThrow();
            entities.record(campaign.getId(), entityId, Outcome.LAUNCHED, opened.getId(), Instant.now(clock));
        }
    }
}
