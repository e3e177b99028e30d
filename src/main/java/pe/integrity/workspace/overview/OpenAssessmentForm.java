package pe.integrity.workspace.overview;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pe.integrity.shared.MultiLine;
import pe.integrity.workspace.page.Text;

/** The Conductor opens an assessment: the period and, optionally already, the entity's context. */
public class OpenAssessmentForm {

    @NotNull
    private Integer periodYear;

    @MultiLine
    @Size(max = 4000)
    private String context;

    public Integer getPeriodYear() {
        return periodYear;
    }

    public void setPeriodYear(Integer periodYear) {
        this.periodYear = periodYear;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = Text.clean(context);
    }
}
