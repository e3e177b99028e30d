package pe.integrity.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import pe.integrity.shared.DurableJob;
import pe.integrity.shared.LaterWork;
import pe.integrity.workflow.DeadlineNotice;

/** Mails a reminder or an escalation as a durable job ({@link Notifier}). */
@Component
class DeadlineMailJob implements DurableJob {

    static final String NAME = "deadline-mail";

    private final Notifier notifier;

    DeadlineMailJob(Notifier notifier) {
        this.notifier = notifier;
    }

    /** {@code only}: the user names still to reach, or null for everyone the notice concerns. */
    static void enqueue(LaterWork later, DeadlineNotice notice, Set<String> only) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", notice.kind().name());
        p.put("assessmentId", notice.assessmentId());
        p.put("entityId", notice.entityId());
        p.put("only", MailPayload.names(only));
        later.enqueue(NAME, notice.kind() + " assessment " + notice.assessmentId(), p);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(Map<String, Object> p) {
        DeadlineNotice notice = new DeadlineNotice(DeadlineNotice.Kind.valueOf((String) p.get("kind")),
                MailPayload.id(p, "assessmentId"), MailPayload.id(p, "entityId"));
        notifier.send(notice, MailPayload.names(p));
    }
}
