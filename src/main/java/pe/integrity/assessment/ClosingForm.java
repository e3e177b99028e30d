package pe.integrity.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The rating of a risk's controls at period close, with the measures carried out, and why. */
public class ClosingForm {

    @NotBlank
    private String controlRating;

    @Size(max = 2000)
    private String comment;

    private Long version;

    public String getControlRating() {
        return controlRating;
    }

    public void setControlRating(String controlRating) {
        this.controlRating = Forms.clean(controlRating);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = Forms.clean(comment);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
