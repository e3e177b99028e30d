package pe.integrity.catalog;

import java.util.List;
import java.util.Map;

/**
 * The two provisional schemes stated in plain terms, from GUIDE.md ("Scoring") and docs/scoring.md,
 * written without looking at the DMN files: the tests compare what the engine answers with this.
 */
record ProvisionalSchemeSpec(
        String code,
        List<String> probabilityLabels,
        List<String> impactLabels,
        List<Band> bands,
        String treatmentFrom) {

    /** Scores from..to (P × I, inclusive) give this level; bands are listed from the lowest level up. */
    record Band(int from, int to, String level) {}

    static final ProvisionalSchemeSpec FIVE_BY_FIVE = new ProvisionalSchemeSpec(
            "PROV-5X5-V1",
            List.of("Muy baja", "Baja", "Media", "Alta", "Muy alta"),
            List.of("Muy bajo", "Bajo", "Moderado", "Alto", "Muy alto"),
            List.of(new Band(1, 4, "BAJO"), new Band(5, 9, "MODERADO"), new Band(10, 16, "ALTO"), new Band(17, 25, "MUY_ALTO")),
            "MODERADO");

    static final ProvisionalSchemeSpec THREE_BY_THREE = new ProvisionalSchemeSpec(
            "PROV-3X3-V1",
            List.of("Baja", "Media", "Alta"),
            List.of("Bajo", "Medio", "Alto"),
            List.of(new Band(1, 2, "BAJO"), new Band(3, 4, "MODERADO"), new Band(5, 9, "ALTO")),
            "MODERADO");

    static final List<ProvisionalSchemeSpec> BOTH = List.of(FIVE_BY_FIVE, THREE_BY_THREE);

    /** Control ratings of both schemes, strongest first, with their Spanish labels. */
    static final List<String> RATING_CODES = List.of("FUERTE", "MODERADO", "DEBIL", "INEXISTENTE");

    static final List<String> RATING_LABELS = List.of("Fuerte", "Moderado", "Débil", "Inexistente");

    /** How many levels each rating lowers the inherent level (never below the lowest level). */
    static final Map<String, Integer> LEVELS_LOWERED =
            Map.of("FUERTE", 2, "MODERADO", 1, "DEBIL", 0, "INEXISTENTE", 0);

    int probabilities() {
        return probabilityLabels.size();
    }

    int impacts() {
        return impactLabels.size();
    }

    List<String> levelCodes() {
        return bands.stream().map(Band::level).toList();
    }

    String levelOfScore(int score) {
        return bands.stream()
                .filter(b -> score >= b.from() && score <= b.to())
                .map(Band::level)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no band for score " + score));
    }

    String residual(String inherentLevel, String rating) {
        int index = levelCodes().indexOf(inherentLevel);
        return levelCodes().get(Math.max(0, index - LEVELS_LOWERED.get(rating)));
    }

    boolean treatmentRequired(String level) {
        return levelCodes().indexOf(level) >= levelCodes().indexOf(treatmentFrom);
    }

    @Override
    public String toString() {
        return code;
    }
}
