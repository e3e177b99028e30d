package pe.integrity.catalog;

import java.util.Locale;

/**
 * A rating of the existing controls of a risk (design and application), e.g. Fuerte or Inexistente.
 *
 * @param code stable code stored with an evaluation, e.g. {@code FUERTE}
 * @param description when the rating applies (Spanish)
 */
public record ControlRating(String code, String labelEs, String labelEn, String description) {

    public String label(Locale locale) {
        return Labels.pick(locale, labelEs, labelEn);
    }
}
