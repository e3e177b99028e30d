package pe.integrity.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpFrequency;
import pe.integrity.campaign.CampaignEntities.CampaignRow;
import pe.integrity.campaign.CampaignEntities.Preview;
import pe.integrity.campaign.CampaignEntities.Progress;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.LaterWork;
import pe.integrity.shared.NotFoundException;

/**
 * SIP's campaigns: a SIP reviewer previews and launches one; SIP, auditors and administrators read them. Launching
 * stores the campaign and its entities and enqueues its first batch in one transaction; {@link CampaignLaunch} does
 * the rest in the background.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

    private final CampaignRepository campaigns;
    private final CampaignEntities entities;
    private final Assessments assessments;
    private final LaterWork later;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, CampaignEntities entities, Assessments assessments, LaterWork later,
            Clock clock) {
        this.campaigns = campaigns;
        this.entities = entities;
        this.assessments = assessments;
        this.later = later;
        this.clock = clock;
    }

    /** Only SIP opens periods for entities: administrators run the platform, they do not direct the entities. */
    public static boolean mayLaunch(CurrentUser user) {
        return user.has(Role.SIP_REVIEWER);
    }

    public Preview preview(CurrentUser user, EntitySelection selection) {
        requireLauncher(user);
        requirePeriod(selection);
        return entities.preview(selection);
    }

    @Transactional
    public Campaign launch(CurrentUser user, EntitySelection selection, FollowUpFrequency followUp) {
        requireLauncher(user);
        requirePeriod(selection);
        Campaign campaign = campaigns.save(new Campaign(selection, followUp, user.username(), user.fullName(),
                Instant.now(clock)));
        if (entities.select(campaign.getId(), selection) == 0) {
            throw new InvalidInputException("periodYear", "campaign.empty"); // rolls the campaign back
        }
        CampaignLaunchJob.enqueue(later, campaign.getId());
        return campaign;
    }

    /** Newest first. */
    public Page<Campaign> page(CurrentUser user, int page, int size) {
        requireReader(user);
        return campaigns.findAll(PageRequest.of(Math.max(page, 0), size, Sort.by(Sort.Order.desc("createdAt"),
                Sort.Order.desc("id"))));
    }

    public Campaign get(CurrentUser user, Long id) {
        requireReader(user);
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
    }

    public Progress progress(CurrentUser user, Long id) {
        return entities.progress(get(user, id).getId());
    }

    /** Progress of the campaigns of a list page, in one statement. */
    public Map<Long, Progress> progressOf(CurrentUser user, Page<Campaign> page) {
        requireReader(user);
        return entities.progress(page.map(Campaign::getId).getContent());
    }

    public Page<CampaignRow> entities(CurrentUser user, Long id, Outcome outcome, int page, int size) {
        return entities.page(get(user, id).getId(), outcome, page, size);
    }

    private void requirePeriod(EntitySelection selection) {
        if (!assessments.isOpenablePeriod(selection.periodYear())) {
            throw new InvalidInputException("periodYear", "assessment.period.range");
        }
    }

    private static void requireLauncher(CurrentUser user) {
        if (!mayLaunch(user)) {
            throw new AccessDeniedException("only SIP launches campaigns");
        }
    }

    private static void requireReader(CurrentUser user) {
        if (!user.isGlobalReader()) {
            throw new AccessDeniedException("campaigns are SIP's");
        }
    }
}
