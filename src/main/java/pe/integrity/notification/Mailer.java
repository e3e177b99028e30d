package pe.integrity.notification;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mails one recipient at a time, or keeps them in the {@link Outbox} when the delivery is
 * {@code outbox} (no SMTP server); a failure is logged, never thrown, and the recipients not reached are returned
 * so the caller can try them again.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final MailSettings settings;
    private final Outbox outbox;

    Mailer(JavaMailSender sender, MailSettings settings, Outbox outbox) {
        this.sender = sender;
        this.settings = settings;
        this.outbox = outbox;
    }

    /** A composed mail for one recipient. */
    record Mail(Recipient to, String subject, String body) {}

    /** Says once, at start-up, where mail goes when it is not sent. */
    @EventListener(ApplicationReadyEvent.class)
    void announceDelivery() {
        if (settings.delivery() == MailSettings.Delivery.OUTBOX) {
            log.info("Mail delivery: outbox. Notifications are not sent but kept in the database; administrators"
                    + " read them under 'Correo saliente' (/admin/outbox). Set app.mail.delivery=smtp to send them.");
        }
    }

    /**
     * Returns the recipients not reached (empty when all were sent or kept); failures are logged once per batch,
     * with the first reason.
     */
    List<Recipient> send(String what, List<Mail> mails) {
        if (mails.isEmpty()) {
            return List.of();
        }
        if (settings.delivery() == MailSettings.Delivery.OUTBOX) {
            try {
                outbox.keep(mails);
                log.debug("Mail '{}' kept in the outbox for {} recipient(s)", what, mails.size());
                return List.of();
            } catch (RuntimeException e) {
                log.warn("Mail '{}' not kept in the outbox: {}", what, NestedExceptionUtils.getMostSpecificCause(e).toString());
                return mails.stream().map(Mail::to).toList();
            }
        }
        return sendBySmtp(what, mails);
    }

    private List<Recipient> sendBySmtp(String what, List<Mail> mails) {
        int sent = 0;
        List<Recipient> failed = new ArrayList<>();
        String reason = null;
        for (Mail mail : mails) {
            try {
                SimpleMailMessage m = new SimpleMailMessage();
                m.setFrom(settings.from());
                m.setTo(mail.to().email());
                m.setSubject(mail.subject());
                m.setText(mail.body());
                sender.send(m);
                sent++;
            } catch (RuntimeException e) {
                failed.add(mail.to());
                reason = reason == null ? NestedExceptionUtils.getMostSpecificCause(e).toString() : reason;
            }
        }
        if (!failed.isEmpty()) {
            log.warn("Mail '{}' not sent to {}: {}", what, failed.stream().map(Recipient::username).toList(), reason);
        }
        if (sent > 0) {
            log.info("Mail '{}' sent to {} of {} recipient(s)", what, sent, mails.size());
        }
        return failed;
    }
}
