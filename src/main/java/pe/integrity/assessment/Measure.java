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
import org.hibernate.envers.Audited;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.VersionedEntity;

/** A mitigation measure (medida) of the treatment plan, with its follow-up state. */
@Entity
@Audited
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

    @Column(name = "responsible_username")
    private String responsibleUsername;

    @Column(name = "due_soon_noticed", nullable = false)
    private boolean dueSoonNoticed;

    @Column(name = "overdue_noticed", nullable = false)
    private boolean overdueNoticed;

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

    @Column(name = "dropped_reason")
    private String droppedReason;

    @Column(name = "dropped_by")
    private String droppedBy;

    /** The previous period's measure this one continues (carried over); null for a measure planned afresh. */
    @Column(name = "carried_from_id")
    private Long carriedFromId;

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
        this.responsibleUsername = f.getResponsibleUsername();
        this.startDate = f.getStartDate();
        this.endDate = f.getEndDate();
        this.indicator = f.getIndicator();
        this.targetValue = f.getTargetValue();
        this.verificationMeans = f.getVerificationMeans();
        this.resources = f.getResources();
    }

    /** A progress report, status and progress as the responsible unit states them; refused, with nothing changed, when status and progress disagree. */
    public void report(MeasureStatus status, int progress, LocalDate today) {
        String disagreement = status.disagreementWith(progress);
        if (disagreement != null) {
            throw new InvalidInputException("progress", disagreement);
        }
        this.status = status;
        this.progress = progress;
        flagIfOverdue(today);
    }

    /** The responsible unit's comment with its latest progress report. */
    void noteProgress(String comment) {
        this.progressComment = comment;
    }

    /** Years before and after the assessment's year that a measure's dates may reach (a plan spans a few years). */
    static final int YEARS_BEFORE = 1;
    static final int YEARS_AFTER = 5;

    /**
     * The sensible range of a measure's dates for an assessment of the given year: from 1 January of the year
     * before to 31 December five years after. Returns the field outside it (startDate first), or null.
     */
    static String datesOutsidePeriod(LocalDate start, LocalDate end, int periodYear) {
        if (start.getYear() < periodYear - YEARS_BEFORE || start.getYear() > periodYear + YEARS_AFTER) {
            return "startDate";
        }
        if (end.getYear() < periodYear - YEARS_BEFORE || end.getYear() > periodYear + YEARS_AFTER) {
            return "endDate";
        }
        return null;
    }

    /** The user of the entity who answers for this measure, or null when the person is not a user. */
    public String getResponsibleUsername() {
        return responsibleUsername;
    }

    /** Whether this user is the measure's responsible person (who may report its progress). */
    public boolean isResponsible(String username) {
        return responsibleUsername != null && responsibleUsername.equalsIgnoreCase(username);
    }

    /** How many days before its end date a measure not implemented counts as due soon (and its owner is told). */
    public static final int DUE_SOON_DAYS = 30;

    /** Due soon: not implemented, not overdue yet, and ending within {@link #DUE_SOON_DAYS} days. */
    public boolean dueSoonOn(LocalDate today) {
        return status != MeasureStatus.IMPLEMENTED && !today.isAfter(endDate)
                && !today.plusDays(DUE_SOON_DAYS).isBefore(endDate);
    }

    /**
     * The deadline notice this measure owes today, at most one and each kind once in the measure's life: overdue
     * when past its end date and not implemented, due soon when ending within {@link #DUE_SOON_DAYS} days.
     */
    MeasureDeadline.Kind owedNotice(LocalDate today) {
        if (overdueOn(today) && !overdueNoticed) {
            overdueNoticed = true;
            dueSoonNoticed = true;
            return MeasureDeadline.Kind.OVERDUE;
        }
        if (dueSoonOn(today) && !dueSoonNoticed) {
            dueSoonNoticed = true;
            return MeasureDeadline.Kind.DUE_SOON;
        }
        return null;
    }

    /** What becomes of this measure at period end, its one home: implemented, else dropped if so decided, else carried over. */
    public MeasureOutcome outcome() {
        if (status == MeasureStatus.IMPLEMENTED) {
            return MeasureOutcome.IMPLEMENTED;
        }
        return droppedReason != null ? MeasureOutcome.DROPPED : MeasureOutcome.CARRIED_OVER;
    }

    /** The Conductor's decision at close for a measure not implemented: drop it (with a reason) or carry it over. */
    void decideAtClose(MeasureOutcome outcome, String reason, String username) {
        if (status == MeasureStatus.IMPLEMENTED) {
            throw new InvalidInputException("outcome", "closing.outcome.implemented");
        }
        switch (outcome) {
            case DROPPED -> {
                if (reason == null) {
                    throw new InvalidInputException("reason", "closing.outcome.reasonRequired");
                }
                this.droppedReason = reason;
                this.droppedBy = username;
            }
            case CARRIED_OVER -> {
                this.droppedReason = null;
                this.droppedBy = null;
            }
            case IMPLEMENTED -> throw new InvalidInputException("outcome", "closing.outcome.notReported");
        }
    }

    /**
     * This new period's measure continues {@code previous}, carried over: the same plan, and the state it had
     * reached (status, progress, last comment), so follow-up goes on from there.
     */
    void continueFrom(Measure previous) {
        this.description = previous.description;
        this.type = previous.type;
        this.causeAddressed = previous.causeAddressed;
        this.responsibleUnit = previous.responsibleUnit;
        this.responsiblePerson = previous.responsiblePerson;
        this.responsibleUsername = previous.responsibleUsername;
        this.startDate = previous.startDate;
        this.endDate = previous.endDate;
        this.indicator = previous.indicator;
        this.targetValue = previous.targetValue;
        this.verificationMeans = previous.verificationMeans;
        this.resources = previous.resources;
        this.status = previous.status;
        this.progress = previous.progress;
        this.progressComment = previous.progressComment;
        this.carriedFromId = previous.getId();
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    public String getDroppedBy() {
        return droppedBy;
    }

    public Long getCarriedFromId() {
        return carriedFromId;
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
