package pe.integrity.workspace;

import jakarta.validation.constraints.NotNull;

/** The period of the assessment that starts as a copy of an approved one. */
class NextPeriodForm {

    @NotNull
    private Integer periodYear;

    public Integer getPeriodYear() {
        return periodYear;
    }

    public void setPeriodYear(Integer periodYear) {
        this.periodYear = periodYear;
    }
}
