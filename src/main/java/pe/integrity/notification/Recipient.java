package pe.integrity.notification;

import java.util.Locale;
import pe.integrity.organisation.UserView;

/** Someone to write to, in their language (Spanish when the user has none). */
record Recipient(String username, String fullName, String email, Locale locale) {

    static final Locale SPANISH = Locale.forLanguageTag("es-PE");

    static Recipient of(UserView u) {
        Locale locale = u.locale() == null || u.locale().isBlank() ? SPANISH : Locale.forLanguageTag(u.locale());
        return new Recipient(u.username(), u.fullName(), u.email(), locale);
    }
}
