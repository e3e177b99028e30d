package pe.integrity.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import pe.integrity.assessment.FollowUpFrequency;
import pe.integrity.organisation.EntityType;
import pe.integrity.shared.VersionedEntity;

/** One launch of a period for the entities its filter selected when SIP created it. */
@Entity
@Table(name = "campaign")
public class Campaign extends VersionedEntity {

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type")
    private EntityType entityType;

    private String sector;

    private String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status = CampaignStatus.LAUNCHING;

    /** Months between follow-up reports for the assessments it opens; null: the platform's default. */
    @Column(name = "follow_up_months")
    private Integer followUpMonths;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_by_name", nullable = false)
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Campaign() {}

    Campaign(EntitySelection selection, FollowUpFrequency followUp, String createdBy, String createdByName,
            Instant createdAt) {
        this.followUpMonths = followUp == null ? null : followUp.months();
        this.periodYear = selection.periodYear();
        this.entityType = selection.entityType();
        this.sector = selection.sector();
        this.department = selection.department();
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
    }

    void finish(Instant at) {
        status = CampaignStatus.DONE;
        finishedAt = at;
    }

    public EntitySelection selection() {
        return new EntitySelection(periodYear, entityType, sector, department);
    }

    public int getPeriodYear() {
        return periodYear;
    }

    public EntityType getEntityType() {
        return entityType;
    }

    public String getSector() {
        return sector;
    }

    public String getDepartment() {
        return department;
    }

    public FollowUpFrequency getFollowUpFrequency() {
        return FollowUpFrequency.ofMonths(followUpMonths);
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
