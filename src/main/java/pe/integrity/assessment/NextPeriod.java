package pe.integrity.assessment;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;

/**
 * The yearly cycle: the next period's assessment starts as a copy of the last approved one. Scope, stages
 * and identified risks are copied and marked unchanged; evaluation and treatment are done again, on the
 * scheme active when the new period opens. The plan starts from the measures' real state: each measure carried
 * over (not implemented and not dropped at close, {@link Measure#outcome()}) is copied into its risk's copy with
 * the status and progress it had reached; implemented and dropped measures stay in the period they belong to.
 */
@Service
@Transactional
public class NextPeriod {

    private final Assessments assessments;
    private final AssessmentGuard guard;
    private final ProcessInScopeRepository processes;
    private final RiskRepository risks;
    private final MeasureRepository measures;

    NextPeriod(Assessments assessments, AssessmentGuard guard, ProcessInScopeRepository processes, RiskRepository risks,
            MeasureRepository measures) {
        this.measures = measures;
        this.assessments = assessments;
        this.guard = guard;
        this.processes = processes;
        this.risks = risks;
    }

    public Assessment start(CurrentUser user, Long previousId, int periodYear) {
        Assessment previous = guard.readable(user, previousId);
        if (!previous.getEntityId().equals(user.entityId())) {
            throw new AccessDeniedException("another entity's assessment");
        }
        if (!StageWork.NEXT_PERIOD.allowedIn(previous.getStage())) {
            // shown next to the year asked for, the only field of the next-period form
            throw new InvalidInputException("periodYear", "nextPeriod.notApproved");
        }
        if (periodYear <= previous.getPeriodYear()) {
            throw new InvalidInputException("periodYear", "nextPeriod.yearNotAfter");
        }
        Assessment next = assessments.open(user, periodYear, previous.getContext(),
                previous.getFollowUpFrequency());
        next.continueFrom(previous.getId());
        Map<Long, ProcessInScope> processCopies = new HashMap<>();
        Map<Long, ProcessActivity> stageCopies = new HashMap<>();
        for (ProcessInScope p : processes.findByAssessmentIdOrderById(previousId)) {
            ProcessInScope copy = new ProcessInScope(next);
            copy.update(p.getCatalogProcessCode(), p.getName(), p.getPrioritisationReason(), p.getOwnerUsername(),
                    p.getResponsibleUnit());
            for (ProcessActivity s : p.getStages()) {
                stageCopies.put(s.getId(), copy.addStage(s.getName(), s.getResponsibleUnit()));
            }
            processCopies.put(p.getId(), processes.save(copy));
        }
        for (Risk r : risks.findByAssessmentIdOrderByCode(previousId)) {
            if (r.isRemoved()) {
                continue;
            }
            Risk copy = new Risk(next, processCopies.get(r.getProcess().getId()), r.getCode());
            copy.describe(r.getStage() == null ? null : stageCopies.get(r.getStage().getId()), RiskForm.of(r),
                    RiskClassification.of(r));
            copy.copiedFrom(r);
            risks.save(copy);
            for (Measure m : r.getMeasures()) {
                if (m.outcome() == MeasureOutcome.CARRIED_OVER) {
                    Measure carried = new Measure(copy);
                    carried.continueFrom(m);
                    copy.getMeasures().add(carried);
                    measures.save(carried);
                }
            }
        }
        return next;
    }
}
