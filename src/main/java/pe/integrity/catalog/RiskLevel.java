package pe.integrity.catalog;

import java.util.Locale;

/**
 * A level of risk of a scoring scheme (e.g. Bajo ... Muy alto).
 *
 * @param code stable code stored with an evaluation, e.g. {@code ALTO}
 * @param colour hex colour for matrices and registers, e.g. {@code #FFA500}
 * @param rank order among the scheme's levels, 1 = lowest
 * @param treatmentRequired true when a risk at this level must get measures (otherwise it may be accepted)
 */
public record RiskLevel(String code, String labelEs, String labelEn, String colour, int rank, boolean treatmentRequired) {

    public String label(Locale locale) {
        return Labels.pick(locale, labelEs, labelEn);
    }
}
