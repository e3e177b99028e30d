package pe.integrity.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sender of notification mails ({@code app.mail.from}); the links in mails start with {@code app.base-url}.
 */
@ConfigurationProperties("app.mail")
record MailSettings(String from) {

    static final String DEFAULT_FROM = "no-responder@integridad.example.pe";

    MailSettings {
        from = from == null || from.isBlank() ? DEFAULT_FROM : from;
    }
}
