package pe.integrity.register.national;

import jakarta.validation.constraints.NotNull;

/** The national register's filter form: a period (required) and optional narrowing selects. */
public class NationalForm {

    @NotNull
    private Integer periodYear;

    private String sector;
    private String department;
    private String entityType;
    private String residualLevel;
    private String stage;

    NationalFilter toFilter() {
        return new NationalFilter(periodYear, sector, department, entityType, residualLevel, stage);
    }

    public Integer getPeriodYear() {
        return periodYear;
    }

    public void setPeriodYear(Integer periodYear) {
        this.periodYear = periodYear;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getResidualLevel() {
        return residualLevel;
    }

    public void setResidualLevel(String residualLevel) {
        this.residualLevel = residualLevel;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }
}
