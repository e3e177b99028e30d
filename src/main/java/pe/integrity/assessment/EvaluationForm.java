package pe.integrity.assessment;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Probability, impact and the rating of existing controls of one risk. */
public class EvaluationForm {

    @NotNull
    @Min(1)
    private Integer probability;

    @NotNull
    @Min(1)
    private Integer impact;

    @NotBlank
    private String controlRating;

    private Long version;

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer impact) {
        this.impact = impact;
    }

    public String getControlRating() {
        return controlRating;
    }

    public void setControlRating(String controlRating) {
        this.controlRating = Forms.clean(controlRating);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }


}
