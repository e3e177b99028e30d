package pe.integrity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A mail server that is down costs the user nothing: the mailer throws nothing and names whom it did not reach. */
class MailerTest {

    @Test
    void anUnreachableServerIsLoggedNotThrown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort);
        Mailer mailer = new Mailer(sender, new MailSettings(null, MailSettings.Delivery.SMTP), null);
        Recipient to = new Recipient("ana", "Ana", "ana@example.pe", Locale.forLanguageTag("es-PE"));

        List<Recipient> missed = mailer.send("test", List.of(new Mailer.Mail(to, "Asunto", "Cuerpo"),
                new Mailer.Mail(to, "Asunto 2", "Cuerpo 2")));

        assertThat(missed).containsExactly(to, to);
    }

    @Test
    void theSenderAddressHasADefault() {
        assertThat(new MailSettings(" ", null).from()).isEqualTo("no-responder@integridad.example.pe");
        assertThat(new MailSettings("sip@example.pe", null).from()).isEqualTo("sip@example.pe");
        assertThat(new MailSettings(null, null).delivery()).as("no SMTP server needed unless asked for")
                .isEqualTo(MailSettings.Delivery.OUTBOX);
    }
}
