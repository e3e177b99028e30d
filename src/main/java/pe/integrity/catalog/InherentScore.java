package pe.integrity.catalog;

/** Inherent risk: probability and impact before controls, their score and level. */
public record InherentScore(int probability, int impact, int score, RiskLevel level) {}
