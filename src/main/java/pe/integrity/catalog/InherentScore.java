package pe.integrity.catalog;

/**
 * The inherent (before controls) rating of a risk.
 *
 * @param score probability × impact, the value the scheme's inherent table bands
 * @param level the level the scheme's inherent table gives for this probability and impact
 */
public record InherentScore(int probability, int impact, int score, RiskLevel level) {}
