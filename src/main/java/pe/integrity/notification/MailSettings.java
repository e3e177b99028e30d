package pe.integrity.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sender of notification mails ({@code app.mail.from}) and how they leave ({@code app.mail.delivery}); the
 * links in mails start with {@code app.base-url}.
 */
@ConfigurationProperties("app.mail")
record MailSettings(String from, Delivery delivery) {

    static final String DEFAULT_FROM = "no-responder@integridad.example.pe";

    /** How notifications leave the application. */
    enum Delivery {
        /** To the SMTP server of {@code spring.mail.*}. */
        SMTP,
        /** Kept in the database, for administrators to read under "Correo saliente": no SMTP server needed. */
        OUTBOX
    }

    MailSettings {
        from = from == null || from.isBlank() ? DEFAULT_FROM : from;
        delivery = delivery == null ? Delivery.OUTBOX : delivery;
    }
}
