package pe.integrity.register.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import pe.integrity.shared.IdentifiedEntity;

/**
 * Row of {@code register_document}: written once, in the transaction that stores its content in
 * {@code register_file}, never changed. (Its {@code storage_path} column is set only on rows from before
 * {@code register_file}; {@link RegisterFileImport} reads it.)
 */
@Entity
@Table(name = "register_document")
public class RegisterDocument extends IdentifiedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegisterKind kind;

    @Column(name = "verification_code", nullable = false)
    private String verificationCode;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String filename;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "period_year")
    private Integer periodYear;

    @Column(name = "assessment_version")
    private Long assessmentVersion;

    @Column(name = "submission_round")
    private Integer submissionRound;

    private String stage;

    @Column(nullable = false)
    private boolean draft;

    @Column(name = "scheme_code")
    private String schemeCode;

    private String description;

    @Column(name = "generated_by", nullable = false)
    private String generatedBy;

    @Column(name = "generated_by_name", nullable = false)
    private String generatedByName;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "follow_up_cycle")
    private Integer followUpCycle;

    protected RegisterDocument() {}

    RegisterDocument(NewRegister r, String sha256, long sizeBytes, Instant generatedAt) {
        this.kind = r.kind();
        this.verificationCode = r.verificationCode();
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.filename = r.filename();
        this.assessmentId = r.assessmentId();
        this.entityId = r.entityId();
        this.periodYear = r.periodYear();
        this.assessmentVersion = r.assessmentVersion();
        this.submissionRound = r.submissionRound();
        this.stage = r.stage();
        this.draft = r.draft();
        this.schemeCode = r.schemeCode();
        this.description = r.description();
        this.generatedBy = r.generatedBy();
        this.generatedByName = r.generatedByName();
        this.generatedAt = generatedAt;
        this.followUpCycle = r.followUpCycle();
    }

    StoredRegister view() {
        return new StoredRegister(getId(), kind, verificationCode, sha256, sizeBytes, filename, assessmentId, entityId,
                periodYear, assessmentVersion, submissionRound, stage, draft, schemeCode, description, generatedBy,
                generatedByName, generatedAt, followUpCycle);
    }
}
