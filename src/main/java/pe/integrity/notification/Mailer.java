package pe.integrity.notification;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends plain-text mails one recipient at a time; a failure is logged and never thrown to the caller. */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final MailSettings settings;

    Mailer(JavaMailSender sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** A composed mail for one recipient. */
    record Mail(Recipient to, String subject, String body) {}

    /** Returns how many were sent; failures are logged once per batch, with the first reason. */
    int send(String what, List<Mail> mails) {
        int sent = 0;
        List<String> failed = new ArrayList<>();
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
                failed.add(mail.to().username());
                reason = reason == null ? NestedExceptionUtils.getMostSpecificCause(e).toString() : reason;
            }
        }
        if (!failed.isEmpty()) {
            log.warn("Mail '{}' not sent to {}: {}", what, failed, reason);
        }
        if (sent > 0) {
            log.info("Mail '{}' sent to {} of {} recipient(s)", what, sent, mails.size());
        }
        return sent;
    }
}
