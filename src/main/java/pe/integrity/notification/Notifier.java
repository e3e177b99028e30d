package pe.integrity.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.MeasureDeadline;
import pe.integrity.assessment.ProcessOwnership;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.organisation.Role;
import pe.integrity.shared.LaterWork;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.DeadlineNotice;
import pe.integrity.workflow.StepAssigned;

/**
 * Mails new work, returns, reminders, escalations and measures' deadlines. The event only enqueues a durable job, inside the transaction
 * that caused it: a rolled-back action sends nothing, a committed one is mailed even after a crash. The job
 * ({@link StepMailJob}, {@link DeadlineMailJob}) composes the mails and sends them; nothing it does reaches the
 * person whose action triggered it. When no mail goes out the job fails and is retried; when only some do, a new
 * job retries the others alone, so nobody gets the same mail twice.
 */
@Component
class Notifier {

    /** Journal entries that send a step back: the mail says so and quotes the comment. */
    static final Set<AssessmentEvent.Type> RETURNS = EnumSet.of(
            AssessmentEvent.Type.SCOPE_RETURNED, AssessmentEvent.Type.RETURNED_INTERNALLY,
            AssessmentEvent.Type.SIP_OBSERVED);

    private final Recipients recipients;
    private final MailComposer composer;
    private final Mailer mailer;
    private final Assessments assessments;
    private final EntityDirectory entities;
    private final LaterWork later;

    Notifier(Recipients recipients, MailComposer composer, Mailer mailer, Assessments assessments,
            EntityDirectory entities, LaterWork later) {
        this.recipients = recipients;
        this.composer = composer;
        this.mailer = mailer;
        this.assessments = assessments;
        this.entities = entities;
        this.later = later;
    }

    @EventListener
    public void on(StepAssigned step) {
        StepMailJob.enqueue(later, step, null);
    }

    @EventListener
    public void on(DeadlineNotice notice) {
        DeadlineMailJob.enqueue(later, notice, null);
    }

    @EventListener
    public void on(MeasureDeadline deadline) {
        MeasureMailJob.enqueue(later, deadline, null);
    }

    /** The mails of a new or returned step; {@code only} limits them to these user names (a retry), null to all. */
    void send(StepAssigned step, Set<String> only) {
        List<Recipient> to = recipients.ofGroups(step.candidateGroups(), member -> keep(step, member));
        MailComposer.Subject subject = subject(step.assessmentId());
        Optional<AssessmentEvent> sentBack = assessments.lastJournalEntry(step.assessmentId())
                .filter(e -> RETURNS.contains(e.getType()));
        deliver(step.taskKey() + " of assessment " + step.assessmentId(),
                limit(to, only).stream().map(r -> composer.step(r, step, subject, sentBack.orElse(null))).toList(),
                missed -> StepMailJob.enqueue(later, step, missed));
    }

    /** The mails of a reminder or an escalation; {@code only} as for {@link #send(StepAssigned, Set)}. */
    void send(DeadlineNotice notice, Set<String> only) {
        List<Recipient> to = switch (notice.kind()) {
            case REVIEW_REMINDER -> recipients.withGlobalRoles(Role.SIP_REVIEWER);
            case REVIEW_ESCALATION -> recipients.withGlobalRoles(Role.SIP_REVIEWER, Role.ADMIN);
            case CORRECTION_REMINDER -> recipients.ofEntityRole(notice.entityId(), Role.CONDUCTOR);
            case CORRECTION_ESCALATION -> recipients.ofEntityRole(notice.entityId(), Role.ALTA_DIRECCION);
            case FOLLOW_UP_REMINDER -> recipients.ofEntityRoles(notice.entityId(), Role.CONDUCTOR, Role.TECNICO);
            case FOLLOW_UP_ESCALATION -> recipients.ofEntityRoles(notice.entityId(), Role.CONDUCTOR,
                    Role.ALTA_DIRECCION);
        };
        MailComposer.Subject subject = subject(notice.assessmentId());
        deliver(notice.kind() + " of assessment " + notice.assessmentId(),
                limit(to, only).stream().map(r -> composer.notice(r, notice, subject)).toList(),
                missed -> DeadlineMailJob.enqueue(later, notice, missed));
    }

    /**
     * A measure's end date is near or has passed: its responsible user is told, or the Conductors when the
     * responsible person is not a user; {@code only} as for {@link #send(StepAssigned, Set)}.
     */
    void send(MeasureDeadline deadline, Set<String> only) {
        List<Recipient> to = recipients.answerableFor(deadline.entityId(), deadline.responsibleUsername());
        MailComposer.Subject subject = subject(deadline.assessmentId());
        deliver(deadline.kind() + " of measure " + deadline.code() + " of assessment " + deadline.assessmentId(),
                limit(to, only).stream().map(r -> composer.measureDeadline(r, deadline, subject)).toList(),
                missed -> MeasureMailJob.enqueue(later, deadline, missed));
    }

    /** Nobody reached: fail, so the job is retried. Some reached: the others get a job of their own. */
    private void deliver(String what, List<Mailer.Mail> mails, Consumer<Set<String>> retryOnly) {
        List<Recipient> missed = mailer.send(what, mails);
        if (missed.isEmpty()) {
            return;
        }
        if (missed.size() == mails.size()) {
            throw new IllegalStateException("mail '" + what + "' reached none of its " + mails.size()
                    + " recipient(s); the log says why");
        }
        retryOnly.accept(missed.stream().map(Recipient::username).collect(Collectors.toSet()));
    }

    private static List<Recipient> limit(List<Recipient> to, Set<String> only) {
        return only == null ? to : to.stream().filter(r -> only.contains(r.username())).toList();
    }

    /** Identification tasks go to the Técnico who owns the process (and the Conductors), not to every Técnico. */
    private boolean keep(StepAssigned step, Recipients.GroupMember member) {
        if (!AssessmentProcess.IDENTIFY_RISKS.equals(step.taskKey()) || step.processInScopeId() == null) {
            return true;
        }
        return ProcessOwnership.worksOn(assessments.processOwner(step.processInScopeId()), member.user().username(),
                member.user().roles());
    }

    private MailComposer.Subject subject(Long assessmentId) {
        Assessment a = assessments.find(assessmentId);
        String entity = entities.find(a.getEntityId()).map(PublicEntity::getName).orElse("—");
        return new MailComposer.Subject(a.getId(), entity, a.getPeriodYear(), a.getSubmissionRound());
    }
}
