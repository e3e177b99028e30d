package pe.integrity.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What SIP received in one submission round: the risks and measures as JSON, never changed afterwards. */
@Entity
@Table(name = "submission_snapshot")
class SubmissionSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private Long assessmentId;

    @Column(nullable = false, updatable = false)
    private int round;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    // PostgreSQL text; not @Lob, which Hibernate maps to PostgreSQL large objects (oid)
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(nullable = false, updatable = false)
    private String content;

    protected SubmissionSnapshot() {}

    SubmissionSnapshot(Long assessmentId, int round, Instant takenAt, String content) {
        this.assessmentId = assessmentId;
        this.round = round;
        this.takenAt = takenAt;
        this.content = content;
    }

    Long getAssessmentId() {
        return assessmentId;
    }

    int getRound() {
        return round;
    }

    Instant getTakenAt() {
        return takenAt;
    }

    String getContent() {
        return content;
    }
}
