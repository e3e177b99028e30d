package pe.integrity.catalog;

import java.util.Locale;

/** Reference data carries a Spanish and an English label: English only when the user asked for it. */
final class Labels {

    private Labels() {}

    static String pick(Locale locale, String spanish, String english) {
        boolean wantsEnglish = locale != null && "en".equals(locale.getLanguage());
        return wantsEnglish && english != null && !english.isBlank() ? english : spanish;
    }
}
