package pe.integrity.catalog;

import java.util.List;

/**
 * The scoring schemes: versioned reference data whose tables are DMN decision tables (one file per
 * version under {@code bpmn/scoring/}). The DMN is the only copy of a scheme's tables; a small registry
 * records which versions exist and which one is active.
 *
 * <p>Every call that rates a risk names the scheme code, so an assessment keeps evaluating with the version
 * it started with after an administrator activates another one.
 */
public interface ScoringSchemes {

    /** The version new assessments start with. */
    ScoringScheme active();

    /** The version with this code, e.g. {@code PROV-5X5-V1}; unknown codes throw {@link UnknownSchemeException}. */
    ScoringScheme byCode(String schemeCode);

    /** All registered versions, newest validity first. */
    List<ScoringScheme> all();

    /**
     * The inherent level for a probability and an impact, from the scheme's inherent table.
     *
     * @throws ScoringInputException if a value is not on the scheme's axis (message key
     *     {@code scoring.probability.outOfRange} / {@code scoring.impact.outOfRange})
     */
    InherentScore inherent(String schemeCode, int probability, int impact);

    /**
     * The residual level for an inherent level and a control rating, from the scheme's control table.
     *
     * @throws ScoringInputException for a level or rating code the scheme does not define
     */
    RiskLevel residual(String schemeCode, String inherentLevelCode, String controlRatingCode);

    /** Every (probability, impact) cell with its level, for matrices and registers. */
    HeatMap heatMap(String schemeCode);

    /** The whole control table (inherent level × control rating → residual level), for screens. */
    ResidualTable residualTable(String schemeCode);

    /**
     * Makes this version the one new assessments start with (administrators only). Running assessments
     * keep the code they started with.
     *
     * @throws SchemeNotUsableException if the scheme's tables are missing or inconsistent
     */
    void activate(String schemeCode);

    /** Deployed scheme versions that the registry does not know yet (administrators register them). */
    List<DeployedScheme> unregistered();

    /**
     * Records a deployed version in the registry, inactive (administrators only).
     *
     * @throws ScoringInputException if the code is taken ({@code scheme.register.codeTaken}) or the prefix is
     *     not an unregistered deployed scheme ({@code scheme.register.prefixUnavailable})
     * @throws SchemeNotUsableException if its tables are inconsistent
     */
    ScoringScheme register(SchemeRegistration registration);
}
