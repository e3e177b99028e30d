package pe.integrity.catalog;

import java.time.LocalDate;
import java.util.List;

/** A versioned scoring scheme; its tables come from the scheme's DMN file. */
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

    public RiskLevel level(String code) {
        return levels.stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown level " + code + " in " + this.code));
    }
}
