package pe.integrity.catalog;

import java.util.Locale;

/** A kind of integrity risk (cohecho, colusión, nepotismo...) and the practice category it belongs to. */
public record Typology(String code, String nameEs, String nameEn, PracticeCategory category) {

    public String name(Locale locale) {
        return Labels.pick(locale, nameEs, nameEn);
    }
}
