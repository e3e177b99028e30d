package pe.integrity.register.archive;

/**
 * What a stored register document is: one entity's register as PDF or Excel, the national workbook, the report of
 * one follow-up cycle as PDF or Excel, or the closing report of a period as PDF or Excel.
 */
public enum RegisterKind {
    ENTITY_PDF("pdf", "application/pdf"),
    ENTITY_XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    NATIONAL_XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    FOLLOW_UP_PDF("pdf", "application/pdf"),
    FOLLOW_UP_XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CLOSING_PDF("pdf", "application/pdf"),
    CLOSING_XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    RegisterKind(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** A follow-up cycle's report rather than a register. */
    public boolean followUp() {
        return this == FOLLOW_UP_PDF || this == FOLLOW_UP_XLSX;
    }

    /** The closing report of a period rather than a register. */
    public boolean closing() {
        return this == CLOSING_PDF || this == CLOSING_XLSX;
    }

    public String contentType() {
        return contentType;
    }

    /** Message key of the kind's label ({@code register.kind.ENTITY_PDF}...). */
    public String messageKey() {
        return "register.kind." + name();
    }
}
