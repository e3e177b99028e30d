package pe.integrity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import pe.integrity.shared.VersionedEntity;

/**
 * One entity's integrity risk assessment for one period: the aggregate root of scope, risks and measures.
 * The scheme code is fixed when it opens, so a later scheme activation never changes a running assessment.
 */
@Entity
@Audited
@Table(name = "assessment")
public class Assessment extends VersionedEntity {

    @Column(name = "entity_id", nullable = false)
    private Long entityId;

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStage stage = AssessmentStage.PREPARATION;

    @Column(name = "scheme_code", nullable = false)
    private String schemeCode;

    private String context;

    @Column(name = "previous_assessment_id")
    private Long previousAssessmentId;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "submission_round", nullable = false)
    private int submissionRound;

    /** Months between follow-up reports; null: the platform's default. */
    @Column(name = "follow_up_months")
    private Integer followUpMonths;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Assessment() {}

    Assessment(Long entityId, int periodYear, String schemeCode, String context, String createdBy, Instant createdAt) {
        this.entityId = entityId;
        this.periodYear = periodYear;
        this.periodEnd = LocalDate.of(periodYear, 12, 31);
        this.schemeCode = schemeCode;
        this.context = context;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void followUpEvery(FollowUpFrequency frequency) {
        this.followUpMonths = frequency == null ? null : frequency.months();
    }

    void describeContext(String context) {
        this.context = context;
    }

    void continueFrom(Long previousAssessmentId) {
        this.previousAssessmentId = previousAssessmentId;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moveTo(AssessmentStage stage) {
        this.stage = stage;
    }

    void submitted() {
        this.submissionRound++;
    }

    public Long getEntityId() {
        return entityId;
    }

    public int getPeriodYear() {
        return periodYear;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public AssessmentStage getStage() {
        return stage;
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    /** How often follow-up asks for a report, or null for the platform's default. */
    public FollowUpFrequency getFollowUpFrequency() {
        return FollowUpFrequency.ofMonths(followUpMonths);
    }

    public String getContext() {
        return context;
    }

    public Long getPreviousAssessmentId() {
        return previousAssessmentId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public int getSubmissionRound() {
        return submissionRound;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
