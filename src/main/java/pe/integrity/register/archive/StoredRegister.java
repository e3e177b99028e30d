package pe.integrity.register.archive;

import java.time.Instant;

/**
 * A register document in the archive: the file's SHA-256 and size, the verification code printed in it, and
 * what it is a register of. See {@link NewRegister} for the fields given at storage time.
 */
public record StoredRegister(
        Long id,
        RegisterKind kind,
        String verificationCode,
        String sha256,
        long sizeBytes,
        String filename,
        Long assessmentId,
        Long entityId,
        Integer periodYear,
        Long assessmentVersion,
        Integer submissionRound,
        String stage,
        boolean draft,
        String schemeCode,
        String description,
        String generatedBy,
        String generatedByName,
        Instant generatedAt,
        Integer followUpCycle) {

    public String contentType() {
        return kind.contentType();
    }

    /**
     * What the document is, as a message key: a national export (a snapshot of many entities' assessments at any
     * stage, never approved itself), a draft, or the register SIP's approval produced.
     */
    public String conditionKey() {
        if (kind == RegisterKind.NATIONAL_XLSX) {
            return "verify.national";
        }
        if (kind.followUp()) {
            return "verify.followUp";
        }
        if (kind.closing()) {
            return "verify.closing";
        }
        return draft ? "verify.draft" : "verify.approved";
    }

    /** The code in groups of four for reading aloud or copying from paper: {@code ABCD-EFGH-...}. */
    public String displayCode() {
        return VerificationCodes.display(verificationCode);
    }
}
