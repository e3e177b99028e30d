package pe.integrity.catalog;

/** One level of a probability or impact scale. */
public record ScaleLevel(int value, String labelEs, String labelEn, String criteria) {}
