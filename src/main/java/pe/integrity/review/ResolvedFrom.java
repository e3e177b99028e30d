package pe.integrity.review;

import java.util.Locale;

/**
 * The page an observation was marked resolved from, so the Conductor lands back where the fix is made. Only
 * these pages are known: a form cannot send the user to an arbitrary address.
 */
enum ResolvedFrom {
    OBSERVATIONS,
    OVERVIEW,
    RISK,
    EVALUATION,
    TREATMENT,
    MEASURE;

    /** Unknown or missing values mean the observations page. */
    static ResolvedFrom of(String value) {
        if (value == null) {
            return OBSERVATIONS;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OBSERVATIONS;
        }
    }

    /** Where to go back to; the observations page when the observation is not about this page's target. */
    String redirect(ObservationView o) {
        String assessment = "/assessments/" + o.assessmentId();
        boolean targetExists = o.processId() != null;
        return switch (this) {
            case OVERVIEW -> assessment + "#observations";
            case RISK -> o.targetType() == ObservationTarget.RISK && targetExists
                    ? assessment + "/risks/" + o.targetId() + "#observations"
                    : OBSERVATIONS.redirect(o);
            case EVALUATION -> o.targetType() == ObservationTarget.RISK && targetExists
                    ? assessment + "/evaluation/" + o.targetId() + "#observations"
                    : OBSERVATIONS.redirect(o);
            case TREATMENT -> o.targetType() == ObservationTarget.RISK && targetExists
                    ? assessment + "/treatment/" + o.targetId() + "#observations"
                    : OBSERVATIONS.redirect(o);
            case MEASURE -> o.targetType() == ObservationTarget.MEASURE && targetExists
                    ? assessment + "/measures/" + o.targetId() + "#observations"
                    : OBSERVATIONS.redirect(o);
            case OBSERVATIONS -> assessment + "/observations#observation-" + o.id();
        };
    }
}
