package pe.integrity.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import pe.integrity.shared.DurableJob;
import pe.integrity.shared.LaterWork;
import pe.integrity.workflow.StepAssigned;

/** Mails a new or returned step as a durable job ({@link Notifier}); the step travels as plain values. */
@Component
class StepMailJob implements DurableJob {

    static final String NAME = "step-mail";

    private final Notifier notifier;

    StepMailJob(Notifier notifier) {
        this.notifier = notifier;
    }

    /** {@code only}: the user names still to reach, or null for everyone the step concerns. */
    static void enqueue(LaterWork later, StepAssigned step, Set<String> only) {
        Map<String, Object> p = new HashMap<>();
        p.put("taskId", step.taskId());
        p.put("taskKey", step.taskKey());
        p.put("taskName", step.taskName());
        p.put("assessmentId", step.assessmentId());
        p.put("entityId", step.entityId());
        p.put("candidateGroups", String.join(",", step.candidateGroups()));
        p.put("returned", step.returned());
        p.put("processInScopeId", step.processInScopeId());
        p.put("only", MailPayload.names(only));
        later.enqueue(NAME, key(step.taskId()), p);
    }

    /** The step's task, as operators read it in Cockpit. */
    static String key(String taskId) {
        return "task " + taskId;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(Map<String, Object> p) {
        StepAssigned step = new StepAssigned((String) p.get("taskId"), (String) p.get("taskKey"),
                (String) p.get("taskName"), MailPayload.id(p, "assessmentId"), MailPayload.id(p, "entityId"),
                List.of(((String) p.get("candidateGroups")).split(",")), Boolean.TRUE.equals(p.get("returned")),
                MailPayload.id(p, "processInScopeId"));
        notifier.send(step, MailPayload.names(p));
    }
}
