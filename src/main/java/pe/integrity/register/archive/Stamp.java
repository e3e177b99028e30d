package pe.integrity.register.archive;

/**
 * What one generated file prints about itself: draft or approved, its verification code and URL, when and by
 * whom it was generated. Each file has its own code (the PDF and the workbook of one request differ).
 */
public record Stamp(String verificationCode, String displayCode, String verificationUrl, boolean draft, String generatedAt,
        String generatedBy) {}
