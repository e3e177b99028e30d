package pe.integrity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import pe.integrity.shared.VersionedEntity;

/** A mitigation measure (medida) of the treatment plan, with its follow-up state. */
@Entity
@Table(name = "measure")
public class Measure extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "risk_id")
    private Risk risk;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureType type;

    @Column(name = "cause_addressed")
    private String causeAddressed;

    @Column(name = "responsible_unit", nullable = false)
    private String responsibleUnit;

    @Column(name = "responsible_person", nullable = false)
    private String responsiblePerson;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private String indicator;

    /** The indicator's target value (meta); null on measures planned before it was asked for. */
    @Column(name = "target_value")
    private String targetValue;

    @Column(name = "verification_means", nullable = false)
    private String verificationMeans;

    private String resources;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureStatus status = MeasureStatus.NOT_STARTED;

    @Column(nullable = false)
    private int progress;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "progress_comment")
    private String progressComment;

    protected Measure() {}

    Measure(Risk risk) {
        this.risk = risk;
    }

    void describe(MeasureForm f) {
        this.description = f.getDescription();
        this.type = f.getType();
        this.causeAddressed = f.getCauseAddressed();
        this.responsibleUnit = f.getResponsibleUnit();
        this.responsiblePerson = f.getResponsiblePerson();
        this.startDate = f.getStartDate();
        this.endDate = f.getEndDate();
        this.indicator = f.getIndicator();
        this.targetValue = f.getTargetValue();
        this.verificationMeans = f.getVerificationMeans();
        this.resources = f.getResources();
    }

    /** A follow-up report: status and progress as the responsible unit states them. */
    public void report(MeasureStatus status, int progress, LocalDate today) {
        this.status = status;
        this.progress = status == MeasureStatus.IMPLEMENTED ? 100 : progress;
        flagIfOverdue(today);
    }

    /** The responsible unit's comment with its latest progress report. */
    void noteProgress(String comment) {
        this.progressComment = comment;
    }

    /** The overdue rule, its one home: past its end date and not implemented. */
    public boolean overdueOn(LocalDate today) {
        return status != MeasureStatus.IMPLEMENTED && today.isAfter(endDate);
    }

    /** Sets the overdue flag by {@link #overdueOn}. Returns whether the flag is set. */
    public boolean flagIfOverdue(LocalDate today) {
        this.overdue = overdueOn(today);
        return overdue;
    }

    /**
     * The measure's code in registers and on screens: its risk's code and its place among the risk's
     * measures in the order they were added, e.g. "R-01-M2".
     */
    public static String code(String riskCode, int position) {
        return riskCode + "-M" + position;
    }

    /** {@link #code(String, int)} of this measure. */
    public String getCode() {
        return code(risk.getCode(), risk.getMeasures().indexOf(this) + 1);
    }

    public Risk getRisk() {
        return risk;
    }

    public String getDescription() {
        return description;
    }

    public MeasureType getType() {
        return type;
    }

    public String getCauseAddressed() {
        return causeAddressed;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public String getVerificationMeans() {
        return verificationMeans;
    }

    public String getResources() {
        return resources;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public String getProgressComment() {
        return progressComment;
    }
}
