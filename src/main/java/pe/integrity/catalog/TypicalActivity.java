package pe.integrity.catalog;

import java.util.Locale;

/** A typical stage of a catalogue process (e.g. "Actos preparatorios" in procurement). */
public record TypicalActivity(String nameEs, String nameEn) {

    public String name(Locale locale) {
        return Labels.pick(locale, nameEs, nameEn);
    }
}
