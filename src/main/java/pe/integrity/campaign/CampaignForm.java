package pe.integrity.campaign;

import jakarta.validation.constraints.NotNull;
import pe.integrity.assessment.FollowUpFrequency;
import pe.integrity.organisation.EntityType;

/** The new-campaign form: the period and the optional filters (blank: all). */
public class CampaignForm {

    @NotNull
    private Integer periodYear;

    private EntityType entityType;

    private String sector;

    private String department;

    /** Blank: the platform's default. */
    private FollowUpFrequency followUpFrequency;

    EntitySelection selection() {
        return new EntitySelection(periodYear, entityType, sector, department);
    }

    public Integer getPeriodYear() {
        return periodYear;
    }

    public void setPeriodYear(Integer periodYear) {
        this.periodYear = periodYear;
    }

    public EntityType getEntityType() {
        return entityType;
    }

    public void setEntityType(EntityType entityType) {
        this.entityType = entityType;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public FollowUpFrequency getFollowUpFrequency() {
        return followUpFrequency;
    }

    public void setFollowUpFrequency(FollowUpFrequency followUpFrequency) {
        this.followUpFrequency = followUpFrequency;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}
