package pe.integrity.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pe.integrity.shared.MultiLine;

/** A follow-up report on one measure. */
public class ProgressForm {

    @NotNull
    private MeasureStatus status;

    @NotNull
    @Min(0)
    @Max(100)
    private Integer progress;

    @MultiLine
    @Size(max = 2000)
    private String comment;

    private Long version;

    /** The form as the measure stands: what the report page and the offline workbook start from. */
    public static ProgressForm of(Measure m) {
        ProgressForm f = new ProgressForm();
        f.setStatus(m.getStatus());
        f.setProgress(m.getProgress());
        f.setComment(m.getProgressComment());
        f.setVersion(m.getVersion());
        return f;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public void setStatus(MeasureStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
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
