package pe.integrity.assessment;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.Versions;

/** Follow-up: progress reports on measures and the overdue flag. */
@Service
@Transactional
public class FollowUpReporting {

    private final AssessmentGuard guard;
    private final RiskRepository risks;
    private final Clock clock;

    FollowUpReporting(AssessmentGuard guard, RiskRepository risks, Clock clock) {
        this.guard = guard;
        this.risks = risks;
        this.clock = clock;
    }

    public Measure report(CurrentUser user, Long measureId, ProgressForm form) {
        Measure m = guard.measureEditable(user, measureId, StageWork.FOLLOW_UP);
        Versions.requireCurrent(form.getVersion(), m.getVersion(), Measure.class, measureId);
        m.report(form.getStatus(), form.getProgress(), LocalDate.now(clock));
        m.noteProgress(form.getComment());
        return m;
    }

    /**
     * The follow-up cycle's check: flags the measures past their end date and not implemented, and counts them and
     * the measures not implemented yet (while there are any, the cycle asks for a progress report). One read.
     */
    public CycleCheck flagOverdue(Long assessmentId) {
        LocalDate today = LocalDate.now(clock);
        int overdue = 0;
        int pending = 0;
        for (Measure m : risks.measuresOf(assessmentId)) {
            if (m.flagIfOverdue(today)) {
                overdue++;
            }
            if (m.getStatus() != MeasureStatus.IMPLEMENTED) {
                pending++;
            }
        }
        return new CycleCheck(overdue, pending);
    }

    /** What a follow-up cycle found: measures overdue, and measures not implemented yet. */
    public record CycleCheck(int overdue, int pending) {}
}
