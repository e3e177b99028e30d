package pe.integrity.workspace.overview;

import jakarta.validation.constraints.NotNull;

/** The period of the assessment that starts as a copy of an approved one. */
public class NextPeriodForm {

    @NotNull
    private Integer periodYear;

    public Integer getPeriodYear() {
        return periodYear;
    }

    public void setPeriodYear(Integer periodYear) {
        this.periodYear = periodYear;
    }
}
