package pe.integrity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import pe.integrity.shared.IdentifiedEntity;

/** One entry of an assessment's journal: a decision or hand-over, who made it and when. */
@Entity
@Table(name = "assessment_event")
public class AssessmentEvent extends IdentifiedEntity {

    /** What happened; approvals and returns print on the register's cover and review history. */
    public enum Type {
        OPENED,
        SCOPE_SUBMITTED,
        SCOPE_APPROVED,
        SCOPE_RETURNED,
        IDENTIFICATION_DONE,
        EVALUATION_DONE,
        TREATMENT_DONE,
        APPROVED_INTERNALLY,
        RETURNED_INTERNALLY,
        SUBMITTED_TO_SIP,
        SIP_APPROVED,
        SIP_OBSERVED,
        CORRECTED,
        PROGRESS_REPORTED,
        EXTRAORDINARY_REPORT_ASKED,
        CLOSING_RATED,
        PERIOD_CLOSED
    }

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Type type;

    @Column(name = "actor_username", nullable = false)
    private String actorUsername;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "submission_round", nullable = false)
    private int submissionRound;

    private String comment;

    protected AssessmentEvent() {}

    AssessmentEvent(Long assessmentId, Type type, String actorUsername, String actorName, Instant at, int round,
            String comment) {
        this.assessmentId = assessmentId;
        this.type = type;
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.occurredAt = at;
        this.submissionRound = round;
        this.comment = comment;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Type getType() {
        return type;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public int getSubmissionRound() {
        return submissionRound;
    }

    public String getComment() {
        return comment;
    }
}
