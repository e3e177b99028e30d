package pe.integrity.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.MeasureDeadline;
import pe.integrity.shared.DurableJob;
import pe.integrity.shared.LaterWork;

/** Mails a measure's deadline notice to the person who answers for it, as a durable job ({@link Notifier}). */
@Component
class MeasureMailJob implements DurableJob {

    static final String NAME = "measure-deadline-mail";

    private final Notifier notifier;

    MeasureMailJob(Notifier notifier) {
        this.notifier = notifier;
    }

    /** {@code only}: the user names still to reach, or null for everyone the notice concerns. */
    static void enqueue(LaterWork later, MeasureDeadline d, Set<String> only) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", d.kind().name());
        p.put("assessmentId", d.assessmentId());
        p.put("entityId", d.entityId());
        p.put("measureId", d.measureId());
        p.put("code", d.code());
        p.put("description", d.description());
        p.put("endDate", d.endDate().toString());
        p.put("responsibleUsername", d.responsibleUsername());
        p.put("only", MailPayload.names(only));
        later.enqueue(NAME, d.kind() + " measure " + d.code() + " assessment " + d.assessmentId(), p);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(Map<String, Object> p) {
        MeasureDeadline d = new MeasureDeadline(MeasureDeadline.Kind.valueOf((String) p.get("kind")),
                MailPayload.id(p, "assessmentId"), MailPayload.id(p, "entityId"), MailPayload.id(p, "measureId"),
                (String) p.get("code"), (String) p.get("description"), LocalDate.parse((String) p.get("endDate")),
                (String) p.get("responsibleUsername"));
        notifier.send(d, MailPayload.names(p));
    }
}
