package pe.integrity.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A SIP reviewer's observation in one submission round; the Conductor marks it resolved while correcting. */
@Entity
@Table(name = "observation")
class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "submission_round", nullable = false)
    private int submissionRound;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    private ObservationTarget targetType;

    @Column(name = "target_id")
    private Long targetId;

    /** Kept as written (e.g. the risk code) so the history reads the same after the target changes. */
    @Column(name = "target_label")
    private String targetLabel;

    @Column(nullable = false)
    private String text;

    @Column(name = "author_username", nullable = false)
    private String authorUsername;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected Observation() {}

    Observation(Long assessmentId, int submissionRound, ObservationTarget targetType, Long targetId,
            String targetLabel, String text, String authorUsername, String authorName, Instant createdAt) {
        this.assessmentId = assessmentId;
        this.submissionRound = submissionRound;
        this.targetType = targetType;
        this.targetId = targetId;
        this.targetLabel = targetLabel;
        this.text = text;
        this.authorUsername = authorUsername;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    void markResolved(boolean resolved, String username, Instant at) {
        this.resolved = resolved;
        this.resolvedBy = resolved ? username : null;
        this.resolvedAt = resolved ? at : null;
    }

    Long getId() {
        return id;
    }

    Long getAssessmentId() {
        return assessmentId;
    }

    int getSubmissionRound() {
        return submissionRound;
    }

    ObservationTarget getTargetType() {
        return targetType;
    }

    Long getTargetId() {
        return targetId;
    }

    String getTargetLabel() {
        return targetLabel;
    }

    String getText() {
        return text;
    }

    String getAuthorUsername() {
        return authorUsername;
    }

    String getAuthorName() {
        return authorName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isResolved() {
        return resolved;
    }

    String getResolvedBy() {
        return resolvedBy;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }
}
