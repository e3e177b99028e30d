package pe.integrity.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Port to the decision engine that holds the schemes' DMN tables. Implemented in the workflow module
 * (the only one that may use Camunda); the rest of the system goes through {@link ScoringSchemes}.
 *
 * <p>A scheme's decisions are named {@code <prefix>_probability}, {@code _impact}, {@code _controlRating},
 * {@code _levels}, {@code _inherent} and {@code _residual}; the latest deployed version of each is used.
 */
public interface ScoringTables {

    /** The reference tables of the scheme with this decision prefix; empty if any of its decisions is not deployed. */
    Optional<SchemeTables> read(String decisionPrefix);

    /** Every scheme version deployed in the engine (all six decisions present), registered or not. */
    List<DeployedScheme> deployed();

    /** Evaluates {@code <prefix>_inherent}; the level code, or null when no rule matches. */
    String inherentLevel(String decisionPrefix, int probability, int impact);

    /** Evaluates {@code <prefix>_residual}; the level code, or null when no rule matches. */
    String residualLevel(String decisionPrefix, String inherentLevelCode, String controlRatingCode);
}
