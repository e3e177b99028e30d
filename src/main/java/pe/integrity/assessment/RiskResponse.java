package pe.integrity.assessment;

/** Treatment response: mitigate with measures, or accept with a written justification (only below the threshold). */
public enum RiskResponse {
    MITIGATE,
    ACCEPT
}
