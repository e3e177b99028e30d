package pe.integrity.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.MeasureDeadline;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;

/**
 * Tells a measure's responsible person (or the Conductors, when that person is not a user) that its end date
 * is near or has passed. The notice is already its own background job (the daily deadline check), so the mail
 * goes out from inside it; a failed mail is logged and does not undo the check.
 */
@Component
class MeasureDeadlineMails {

    private static final Logger log = LoggerFactory.getLogger(MeasureDeadlineMails.class);

    private final Recipients recipients;
    private final MailComposer composer;
    private final Mailer mailer;
    private final Assessments assessments;
    private final EntityDirectory entities;

    MeasureDeadlineMails(Recipients recipients, MailComposer composer, Mailer mailer, Assessments assessments,
            EntityDirectory entities) {
        this.recipients = recipients;
        this.composer = composer;
        this.mailer = mailer;
        this.assessments = assessments;
        this.entities = entities;
    }

    @EventListener
    void on(MeasureDeadline deadline) {
        String what = deadline.kind() + " of measure " + deadline.code() + " of assessment " + deadline.assessmentId();
        try {
            Assessment a = assessments.find(deadline.assessmentId());
            String entity = entities.find(a.getEntityId()).map(PublicEntity::getName).orElse("—");
            MailComposer.Subject about = new MailComposer.Subject(a.getId(), entity, a.getPeriodYear(),
                    a.getSubmissionRound());
            mailer.send(what, recipients.answerableFor(deadline.entityId(), deadline.responsibleUsername()).stream()
                    .map(r -> composer.measureDeadline(r, deadline, about)).toList());
        } catch (RuntimeException e) {
            log.warn("Notification of {} failed: {}", what, e.toString());
        }
    }
}
