package pe.integrity.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserView;
import pe.integrity.workflow.ProcessEvent;
import pe.integrity.workflow.ProcessHistory;

/**
 * An assessment's full history on one timeline, newest first: every revision of the assessment, its processes,
 * activities, risks, measures and progress reports, and its process's history (tasks, decisions, timers), merged
 * by time. Each page reads at most one page more of each source, so its cost does not grow with the history.
 */
@Component
public class Timeline {

    public static final int PAGE_SIZE = 50;

    private final Assessments assessments;
    private final HistoryAccess access;
    private final EntityHistory entities;
    private final ProcessHistory process;
    private final EntityDirectory directory;
    private final UserDirectory users;

    Timeline(Assessments assessments, HistoryAccess access, EntityHistory entities, ProcessHistory process,
            EntityDirectory directory, UserDirectory users) {
        this.assessments = assessments;
        this.access = access;
        this.entities = entities;
        this.process = process;
        this.directory = directory;
        this.users = users;
    }

    /**
     * A page of the history after {@code after}. The assessment must exist (else not found) and the user may read
     * its history ({@link HistoryAccess}; else access denied, before anything of it is read).
     */
    @Transactional(readOnly = true)
    public TimelinePage page(CurrentUser user, Long assessmentId, TimelineCursor after) {
        Assessment a = assessments.get(user, assessmentId);
        if (!access.mayRead(user, a.getEntityId())) {
            throw new AccessDeniedException("not a reader of this assessment's history");
        }
        List<EntityRevision> revisions = entities.page(assessmentId, after.revision(), PAGE_SIZE + 1);
        List<ProcessEvent> events = process.page(a.getProcessInstanceId(), after.event(), PAGE_SIZE + 1);
        List<TimelineEntry> merged = new ArrayList<>();
        int r = 0;
        int e = 0;
        while (merged.size() < PAGE_SIZE && (r < revisions.size() || e < events.size())) {
            boolean revisionNext = e >= events.size()
                    || (r < revisions.size() && !revisions.get(r).at().isBefore(events.get(e).at()));
            if (revisionNext) {
                EntityRevision rev = revisions.get(r++);
                merged.add(new TimelineEntry(rev.at(), rev, null, rev.authorName()));
            } else {
                ProcessEvent ev = events.get(e++);
                merged.add(new TimelineEntry(ev.at(), null, ev, ev.assignee()));
            }
        }
        boolean more = r < revisions.size() || e < events.size();
        TimelineCursor next = more
                ? new TimelineCursor(r == 0 ? after.revision() : revisions.get(r - 1).cursor(),
                        e == 0 ? after.event() : events.get(e - 1).id())
                : null;
        String entityName = directory.find(a.getEntityId()).map(PublicEntity::getName).orElse("");
        return new TimelinePage(assessmentId, a.getEntityId(), entityName, a.getPeriodYear(), named(merged, a),
                next, after.revision() == null && after.event() == null);
    }

    /** Task assignees by name: the entity's people and SIP's reviewers, read once and only when a task is shown. */
    private List<TimelineEntry> named(List<TimelineEntry> entries, Assessment a) {
        if (entries.stream().noneMatch(t -> !t.hasRevision() && t.actorName() != null)) {
            return entries;
        }
        Map<String, String> names = new HashMap<>();
        for (UserView u : users.ofEntity(a.getEntityId())) {
            names.put(u.username().toLowerCase(Locale.ROOT), u.fullName());
        }
        for (UserView u : users.enabledWithRole(Role.SIP_REVIEWER)) {
            names.put(u.username().toLowerCase(Locale.ROOT), u.fullName());
        }
        return entries.stream()
                .map(t -> t.hasRevision() || t.actorName() == null
                        ? t
                        : new TimelineEntry(t.at(), null, t.event(), Objects.requireNonNullElse(
                                names.get(t.actorName().toLowerCase(Locale.ROOT)), t.actorName())))
                .toList();
    }
}
