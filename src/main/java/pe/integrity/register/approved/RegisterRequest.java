package pe.integrity.register.approved;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import pe.integrity.shared.VersionedEntity;

/**
 * The approved register owed for one SIP approval (assessment and submission round). Written in the approving
 * transaction, so it exists exactly when the approval does; done once both files are archived. While it is
 * open, failures are counted and the last one shown on the assessment's registers page.
 */
@Entity
@Table(name = "register_request")
public class RegisterRequest extends VersionedEntity {

    static final int ERROR_LENGTH = 1000;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "submission_round", nullable = false)
    private int submissionRound;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "done_at")
    private Instant doneAt;

    /** The register's content as SIP approved it (JSON of {@link RegisterData}); null only for older approvals. */
    @Column(name = "frozen_content")
    private String frozenContent;

    protected RegisterRequest() {}

    RegisterRequest(Long assessmentId, int submissionRound, Instant requestedAt, String frozenContent) {
        this.assessmentId = assessmentId;
        this.submissionRound = submissionRound;
        this.requestedAt = requestedAt;
        this.frozenContent = frozenContent;
    }

    String getFrozenContent() {
        return frozenContent;
    }

    void failed(Instant at, String error) {
        attempts++;
        lastAttemptAt = at;
        lastError = error == null ? "?" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
    }

    void done(Instant at) {
        attempts++;
        lastAttemptAt = at;
        doneAt = at;
        lastError = null;
    }

    Long getAssessmentId() {
        return assessmentId;
    }

    int getSubmissionRound() {
        return submissionRound;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    String getLastError() {
        return lastError;
    }

    boolean isDone() {
        return doneAt != null;
    }
}
