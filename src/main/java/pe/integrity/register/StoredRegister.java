package pe.integrity.register;

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
        Instant generatedAt) {

    public String contentType() {
        return kind.contentType();
    }

    /** The code in groups of four for reading aloud or copying from paper: {@code ABCD-EFGH-...}. */
    public String displayCode() {
        return VerificationCodes.display(verificationCode);
    }
}
