package pe.integrity.register.archive;

import java.util.Objects;

/**
 * What to record about a register file handed to {@link RegisterArchive#store}.
 *
 * @param verificationCode the code printed in the file, from {@link RegisterArchive#newVerificationCode()}
 * @param filename the name offered on download, e.g. {@code registro-MML-2025.pdf}
 * @param assessmentId null for the national register
 * @param entityId null for the national register
 * @param periodYear the period the register covers
 * @param assessmentVersion the assessment's optimistic-lock version when read (which state it shows)
 * @param submissionRound the SIP submission round when generated (0 before the first submission)
 * @param stage the assessment stage when generated, e.g. {@code EVALUATION}
 * @param draft true for drafts ("BORRADOR"); false only for the register SIP approved
 * @param schemeCode the scoring scheme the register's levels come from
 * @param description free text shown by the verification page (e.g. the national register's filters)
 * @param generatedBy username, or {@code sistema} for automatic generation
 * @param generatedByName the person's full name as printed
 * @param followUpCycle the follow-up cycle a cycle report covers; null for registers
 */
public record NewRegister(
        RegisterKind kind,
        String verificationCode,
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
        Integer followUpCycle) {

    public NewRegister {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(generatedBy, "generatedBy");
        Objects.requireNonNull(generatedByName, "generatedByName");
    }

    /** The national register of a period: no assessment, no entity; {@code description} says which filters. */
    public static NewRegister national(String verificationCode, String filename, Integer periodYear, String description,
            boolean draft, String generatedBy, String generatedByName) {
        return new NewRegister(RegisterKind.NATIONAL_XLSX, verificationCode, filename, null, null, periodYear, null,
                null, null, draft, null, description, generatedBy, generatedByName, null);
    }
}
