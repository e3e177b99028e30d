package pe.integrity.register.national;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One requested export. State changes happen through conditional UPDATEs in {@link ExportJobRepository}
 * (claim only a QUEUED job, progress only a RUNNING one), so two nodes never run the same job.
 */
@Entity
@Table(name = "export_job")
public class ExportJob {

    static final String NATIONAL = "NATIONAL_REGISTER";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_by_name")
    private String requestedByName;

    private String filters;

    private String locale;

    @Enumerated(EnumType.STRING)
    private ExportStatus status;

    @Column(name = "rows_done")
    private long rowsDone;

    @Column(name = "rows_total")
    private Long rowsTotal;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "register_document_id")
    private Long registerDocumentId;

    @Column(name = "verification_code")
    private String verificationCode;

    private String error;

    private String node;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ExportJob() {}

    ExportJob(String kind, String requestedBy, String requestedByName, String filters, String locale,
            Instant createdAt) {
        this.kind = kind;
        this.requestedBy = requestedBy;
        this.requestedByName = requestedByName;
        this.filters = filters;
        this.locale = locale;
        this.status = ExportStatus.QUEUED;
        this.createdAt = createdAt;
    }

    /** Refused at once (too many waiting): failed before it ever ran. */
    void refuse(String reason, Instant at) {
        status = ExportStatus.FAILED;
        error = reason;
        finishedAt = at;
    }

    Long getId() {
        return id;
    }

    String getKind() {
        return kind;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    String getRequestedByName() {
        return requestedByName;
    }

    String getFilters() {
        return filters;
    }

    String getLocale() {
        return locale;
    }

    ExportStatus getStatus() {
        return status;
    }

    long getRowsDone() {
        return rowsDone;
    }

    Long getRowsTotal() {
        return rowsTotal;
    }

    String getFileName() {
        return fileName;
    }

    Long getFileSize() {
        return fileSize;
    }

    Long getRegisterDocumentId() {
        return registerDocumentId;
    }

    String getVerificationCode() {
        return verificationCode;
    }

    String getError() {
        return error;
    }

    String getNode() {
        return node;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }
}
