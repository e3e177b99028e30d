package pe.integrity.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import pe.integrity.assessment.MeasureDeadline;
import pe.integrity.shared.Display;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.DeadlineNotice;
import pe.integrity.workflow.StepAssigned;

/** Writes the plain-text mails from the message bundles, in the recipient's language. */
@Component
class MailComposer {

    private final MessageSource messages;
    private final String baseUrl;

    MailComposer(MessageSource messages, @Value("${app.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The assessment a mail is about. */
    record Subject(Long assessmentId, String entityName, int periodYear, int round) {

        // as text: MessageFormat would print the year 2025 as "2.025"
        String year() {
            return String.valueOf(periodYear);
        }

        String roundText() {
            return String.valueOf(round);
        }
    }

    /**
     * New work. {@code sentBack} is the journal entry that returned the step (with its comment), or null;
     * a step that comes back without a return (a resubmission) says so without calling it a return.
     */
    Mailer.Mail step(Recipient to, StepAssigned step, Subject about, AssessmentEvent sentBack) {
        String stepName = messages.getMessage("step." + step.taskKey(), null, step.taskName(), to.locale());
        Object[] args = {stepName, about.entityName(), about.year(), about.roundText()};
        Text body = new Text(to);
        String subjectKey;
        if (sentBack != null) {
            subjectKey = "mail.step.returned.subject";
            body.line("mail.step.returned.body", stepName, about.entityName(), about.year(), sentBack.getActorName());
            if (sentBack.getComment() != null) {
                body.line("mail.step.returned.comment", sentBack.getComment());
            }
        } else if (step.returned()) {
            subjectKey = "mail.step.again.subject";
            body.line("mail.step.again.body", args);
        } else {
            subjectKey = "mail.step.subject";
            body.line("mail.step.body", args);
        }
        if (AssessmentProcess.CORRECT_OBSERVATIONS.equals(step.taskKey())) {
            body.line("mail.link.observations", observationsUrl(about));
        }
        body.line("mail.link.tasks", baseUrl + "/tasks");
        return new Mailer.Mail(to, text(to, subjectKey, args), body.close());
    }

    /** A reminder before a deadline or an escalation after it. */
    Mailer.Mail notice(Recipient to, DeadlineNotice notice, Subject about) {
        String key = "mail.notice." + notice.kind().name();
        Object[] args = {about.entityName(), about.year(), about.roundText()};
        Text body = new Text(to);
        body.line(key + ".body", args);
        if (notice.kind() == DeadlineNotice.Kind.CORRECTION_REMINDER
                || notice.kind() == DeadlineNotice.Kind.CORRECTION_ESCALATION) {
            body.line("mail.link.observations", observationsUrl(about));
        }
        if (notice.kind() == DeadlineNotice.Kind.FOLLOW_UP_REMINDER
                || notice.kind() == DeadlineNotice.Kind.FOLLOW_UP_ESCALATION) {
            body.line("mail.link.followUp", baseUrl + "/assessments/" + about.assessmentId() + "/follow-up");
        }
        body.line("mail.link.tasks", baseUrl + "/tasks");
        return new Mailer.Mail(to, text(to, key + ".subject", args), body.close());
    }

    /** A measure's end date is near or has passed: what, when, and where to report its progress. */
    Mailer.Mail measureDeadline(Recipient to, MeasureDeadline deadline, Subject about) {
        String key = "mail.measure." + deadline.kind().name();
        Object[] args = {deadline.code(), deadline.description(), Display.date(deadline.endDate()),
                about.entityName(), about.year()};
        Text body = new Text(to);
        body.line(key + ".body", args);
        body.line("mail.link.measure", baseUrl + "/assessments/" + deadline.assessmentId() + "/follow-up/"
                + deadline.measureId());
        body.line("mail.link.myMeasures", baseUrl + "/my-measures");
        return new Mailer.Mail(to, text(to, key + ".subject", args), body.close());
    }

    private String observationsUrl(Subject about) {
        return baseUrl + "/assessments/" + about.assessmentId() + "/observations";
    }

    private String text(Recipient to, String key, Object... args) {
        return messages.getMessage(key, args, to.locale());
    }

    /** A body: greeting, paragraphs, automatic-message footer. */
    private final class Text {

        private final Recipient to;
        private final StringBuilder out = new StringBuilder();

        Text(Recipient to) {
            this.to = to;
            out.append(text(to, "mail.greeting", to.fullName())).append("\n\n");
        }

        void line(String key, Object... args) {
            out.append(text(to, key, args)).append("\n\n");
        }

        String close() {
            return out.append("-- \n").append(text(to, "mail.footer")).append('\n').toString();
        }
    }
}
