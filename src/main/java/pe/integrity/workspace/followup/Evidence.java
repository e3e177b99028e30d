package pe.integrity.workspace.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import pe.integrity.shared.IdentifiedEntity;

/**
 * An evidence file of a measure's follow-up report, kept in the database with the assessment data so
 * backups and access rules cover both. Listing pages read {@link EvidenceInfo}, never the bytes.
 */
@Entity
@Table(name = "measure_evidence")
public class Evidence extends IdentifiedEntity {

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(nullable = false)
    private String filename;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private byte[] bytes;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Evidence() {}

    Evidence(Long measureId, String filename, String contentType, byte[] bytes, String uploadedBy, Instant uploadedAt) {
        this.measureId = measureId;
        this.filename = filename;
        this.contentType = contentType;
        this.size = bytes.length;
        this.bytes = bytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getMeasureId() {
        return measureId;
    }

    String getFilename() {
        return filename;
    }

    String getContentType() {
        return contentType;
    }

    long getSize() {
        return size;
    }

    byte[] getBytes() {
        return bytes;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
