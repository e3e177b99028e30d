package pe.integrity.catalog;

import java.util.Locale;

/**
 * One level of a probability or impact axis of a scoring scheme, as its DMN table defines it.
 *
 * @param value the number users pick and the score uses (1 = lowest)
 * @param criteria the text that tells users when this level applies (Spanish, as published)
 */
public record ScaleLevel(int value, String labelEs, String labelEn, String criteria) {

    /** The label in the user's language (Spanish unless English was asked for). */
    public String label(Locale locale) {
        return Labels.pick(locale, labelEs, labelEn);
    }
}
