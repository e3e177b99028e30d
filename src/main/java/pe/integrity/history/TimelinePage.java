package pe.integrity.history;

import java.util.List;

/**
 * One page of an assessment's history, newest first.
 *
 * @param next where the following (older) page starts, or null when this is the last
 * @param first whether this is the newest page
 */
public record TimelinePage(Long assessmentId, Long entityId, String entityName, int periodYear,
        List<TimelineEntry> entries, TimelineCursor next, boolean first) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }
}
