package pe.integrity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import pe.integrity.shared.IdentifiedEntity;

/**
 * One follow-up report on one measure, as it was given: a later report adds a row and never changes this one,
 * so a measure keeps its whole history and a closed cycle reads the same a year later.
 */
@Entity
@Audited
@Table(name = "progress_report")
public class ProgressReport extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(nullable = false)
    private int cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureStatus status;

    @Column(nullable = false)
    private int progress;

    private String comment;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "reporter_name", nullable = false)
    private String reporterName;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ProgressReport() {}

    ProgressReport(Measure measure, Long assessmentId, int cycle, String reportedBy, String reporterName,
            Instant reportedAt) {
        this.measure = measure;
        this.assessmentId = assessmentId;
        this.cycle = cycle;
        this.status = measure.getStatus();
        this.progress = measure.getProgress();
        this.comment = measure.getProgressComment();
        this.reportedBy = reportedBy;
        this.reporterName = reporterName;
        this.reportedAt = reportedAt;
    }

    public Long getMeasureId() {
        return measure.getId();
    }

    Measure getMeasure() {
        return measure;
    }

    public int getCycle() {
        return cycle;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public String getComment() {
        return comment;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getReporterName() {
        return reporterName;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
