package pe.integrity.catalog;

/** How well existing controls are designed and applied. */
public record ControlRating(String code, String labelEs, String labelEn, String description) {}
