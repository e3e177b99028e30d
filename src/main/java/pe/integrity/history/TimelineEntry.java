package pe.integrity.history;

import java.time.Instant;
import pe.integrity.workflow.ProcessEvent;

/**
 * One line of an assessment's history: either a revision of one of its entities or an event of its process.
 *
 * @param actorName who did it: the revision's author, the person who completed a task, else null (the engine)
 */
public record TimelineEntry(Instant at, EntityRevision revision, ProcessEvent event, String actorName) {

    public boolean hasRevision() {
        return revision != null;
    }
}
