package pe.integrity.catalog;

/** A level of risk in a scheme, with its colour and whether it makes treatment mandatory. */
public record RiskLevel(String code, String labelEs, String labelEn, String colour, int rank, boolean treatmentRequired) {}
