package pe.integrity.catalog;

import java.util.Locale;

/** A typical stage of a catalogue process (e.g. "Actos preparatorios" in procurement). */
public record ProcessStage(String nameEs, String nameEn) {

    public String name(Locale locale) {
        return Labels.pick(locale, nameEs, nameEn);
    }
}
