package pe.integrity.offline;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import pe.integrity.shared.IdentifiedEntity;

/**
 * A workbook that passed every check, waiting for its user to confirm the preview; once applied it stays as the
 * record that this file (by its SHA-256) was imported, by whom and when.
 */
@Entity
@Table(name = "workbook_upload")
class WorkbookUpload extends IdentifiedEntity {

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String filename;

    @Column(nullable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "applied_at")
    private Instant appliedAt;

    private String summary;

    protected WorkbookUpload() {}

    WorkbookUpload(Long assessmentId, String username, String filename, String sha256, byte[] content, Instant at) {
        this.assessmentId = assessmentId;
        this.username = username;
        this.filename = filename;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedAt = at;
    }

    void applied(Instant at, String summary) {
        this.appliedAt = at;
        this.summary = summary;
    }

    Long getAssessmentId() {
        return assessmentId;
    }

    String getUsername() {
        return username;
    }

    String getFilename() {
        return filename;
    }

    byte[] getContent() {
        return content;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    Instant getAppliedAt() {
        return appliedAt;
    }

    boolean isApplied() {
        return appliedAt != null;
    }
}
