package pe.integrity.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One version of a scoring scheme: its axes, control ratings and risk levels, as read from the scheme's
 * DMN tables, plus what the registry says about it. Nothing here assumes a number of levels or their
 * codes: ask the scheme.
 *
 * @param code version code stored with every evaluation, e.g. {@code PROV-5X5-V1}
 * @param provisional true while the official SIP scales are not loaded: screens and registers say
 *     "ESQUEMA PROVISIONAL"
 * @param active true for the version new assessments start with
 * @param probabilityLevels ascending by value
 * @param impactLevels ascending by value
 * @param controlRatings in the order the table lists them
 * @param levels ascending by rank (lowest first)
 */
public record ScoringScheme(
        String code,
        String name,
        boolean provisional,
        boolean active,
        LocalDate validFrom,
        List<ScaleLevel> probabilityLevels,
        List<ScaleLevel> impactLevels,
        List<ControlRating> controlRatings,
        List<RiskLevel> levels) {

    public ScoringScheme {
        probabilityLevels = probabilityLevels.stream().sorted(Comparator.comparingInt(ScaleLevel::value)).toList();
        impactLevels = impactLevels.stream().sorted(Comparator.comparingInt(ScaleLevel::value)).toList();
        controlRatings = List.copyOf(controlRatings);
        levels = levels.stream().sorted(Comparator.comparingInt(RiskLevel::rank)).toList();
    }

    /** The level with this code; an unknown code is a {@link ScoringInputException}. */
    public RiskLevel level(String levelCode) {
        return findLevel(levelCode).orElseThrow(() -> new ScoringInputException("scoring.level.unknown", levelCode, code));
    }

    public Optional<RiskLevel> findLevel(String levelCode) {
        return levels.stream().filter(l -> l.code().equals(levelCode)).findFirst();
    }

    /** The control rating with this code; an unknown code is a {@link ScoringInputException}. */
    public ControlRating controlRating(String ratingCode) {
        return controlRatings.stream()
                .filter(r -> r.code().equals(ratingCode))
                .findFirst()
                .orElseThrow(() -> new ScoringInputException("scoring.controlRating.unknown", ratingCode, code));
    }

    /** The probability level with this value; outside the axis is a {@link ScoringInputException}. */
    public ScaleLevel probability(int value) {
        return probabilityLevels.stream()
                .filter(l -> l.value() == value)
                .findFirst()
                .orElseThrow(() -> new ScoringInputException("scoring.probability.outOfRange", value, code));
    }

    /** The impact level with this value; outside the axis is a {@link ScoringInputException}. */
    public ScaleLevel impact(int value) {
        return impactLevels.stream()
                .filter(l -> l.value() == value)
                .findFirst()
                .orElseThrow(() -> new ScoringInputException("scoring.impact.outOfRange", value, code));
    }

    public RiskLevel lowestLevel() {
        return levels.get(0);
    }

    public RiskLevel highestLevel() {
        return levels.get(levels.size() - 1);
    }

    /** The lowest level from which treatment (measures) is mandatory; empty if the scheme never requires it. */
    public Optional<RiskLevel> treatmentThreshold() {
        return levels.stream().filter(RiskLevel::treatmentRequired).findFirst();
    }

    /** "5×5", "3×3"...: probability levels × impact levels. */
    public String dimensions() {
        return probabilityLevels.size() + "×" + impactLevels.size();
    }
}
