package pe.integrity.catalog;

import java.util.List;

/**
 * The reference tables of one scheme as deployed (see {@link ScoringTables}).
 *
 * @param revision identifies the deployed decision versions: it changes whenever one of them is redeployed,
 *     so anything computed from the tables can be cached under it
 */
public record SchemeTables(
        String revision,
        List<ScaleLevel> probabilityLevels,
        List<ScaleLevel> impactLevels,
        List<ControlRating> controlRatings,
        List<RiskLevel> levels) {

    public SchemeTables {
        probabilityLevels = List.copyOf(probabilityLevels);
        impactLevels = List.copyOf(impactLevels);
        controlRatings = List.copyOf(controlRatings);
        levels = List.copyOf(levels);
    }
}
