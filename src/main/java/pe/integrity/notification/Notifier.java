package pe.integrity.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessOwnership;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.organisation.Role;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.DeadlineNotice;
import pe.integrity.workflow.StepAssigned;

/**
 * Mails new work, returns, reminders and escalations once the transaction that caused them has committed:
 * a rolled-back action sends nothing. Runs in its own read-only transaction; nothing it does (a missing
 * user, a mail server down) reaches the person whose action triggered it.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    /** Journal entries that send a step back: the mail says so and quotes the comment. */
    static final Set<AssessmentEvent.Type> RETURNS = EnumSet.of(
            AssessmentEvent.Type.SCOPE_RETURNED, AssessmentEvent.Type.RETURNED_INTERNALLY,
            AssessmentEvent.Type.SIP_OBSERVED);

    private final Recipients recipients;
    private final MailComposer composer;
    private final Mailer mailer;
    private final Assessments assessments;
    private final EntityDirectory entities;

    Notifier(Recipients recipients, MailComposer composer, Mailer mailer, Assessments assessments,
            EntityDirectory entities) {
        this.recipients = recipients;
        this.composer = composer;
        this.mailer = mailer;
        this.assessments = assessments;
        this.entities = entities;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void on(StepAssigned step) {
        String what = step.taskKey() + " of assessment " + step.assessmentId();
        try {
            List<Recipient> to = recipients.ofGroups(step.candidateGroups(), member -> keep(step, member));
            MailComposer.Subject subject = subject(step.assessmentId());
            Optional<AssessmentEvent> sentBack = assessments.lastJournalEntry(step.assessmentId())
                    .filter(e -> RETURNS.contains(e.getType()));
            mailer.send(what, to.stream().map(r -> composer.step(r, step, subject, sentBack.orElse(null))).toList());
        } catch (RuntimeException e) {
            log.warn("Notification of {} failed: {}", what, e.toString());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void on(DeadlineNotice notice) {
        String what = notice.kind() + " of assessment " + notice.assessmentId();
        try {
            List<Recipient> to = switch (notice.kind()) {
                case REVIEW_REMINDER -> recipients.withGlobalRoles(Role.SIP_REVIEWER);
                case REVIEW_ESCALATION -> recipients.withGlobalRoles(Role.SIP_REVIEWER, Role.ADMIN);
                case CORRECTION_REMINDER -> recipients.ofEntityRole(notice.entityId(), Role.CONDUCTOR);
                case CORRECTION_ESCALATION -> recipients.ofEntityRole(notice.entityId(), Role.ALTA_DIRECCION);
            };
            MailComposer.Subject subject = subject(notice.assessmentId());
            mailer.send(what, to.stream().map(r -> composer.notice(r, notice, subject)).toList());
        } catch (RuntimeException e) {
            log.warn("Notification of {} failed: {}", what, e.toString());
        }
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
