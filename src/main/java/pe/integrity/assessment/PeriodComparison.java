package pe.integrity.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.NotFoundException;

/**
 * Year over year: an assessment's risks next to the previous period's ones they were copied from (the next period
 * starts as a copy, {@link NextPeriod}): which are new, changed, unchanged or removed, how their levels moved
 * (the previous period's residual at close, or its planned residual, against this period's), and which measures
 * were carried over with the progress they had reached. Four queries, whatever the number of risks.
 */
@Service
@Transactional(readOnly = true)
public class PeriodComparison {

    private final AssessmentGuard guard;
    private final RiskRepository risks;

    PeriodComparison(AssessmentGuard guard, RiskRepository risks) {
        this.guard = guard;
        this.risks = risks;
    }

    /** A risk of this period and, unless it is new, the previous period's risk it continues. */
    public record Line(String code, ChangeStatus status, String statement, String previousStatement,
            String previousInherent, String previousResidual, String inherent, String residual,
            List<CarriedMeasure> carried) {

        /** Whether the wording of the risk changed since the previous period. */
        public boolean reworded() {
            return previousStatement != null && !Objects.equals(previousStatement, statement);
        }
    }

    /** A measure that continues from the previous period, with the progress it had reached there. */
    public record CarriedMeasure(String code, String previousCode, String description, int progress) {}

    public record Comparison(Long assessmentId, int periodYear, String schemeCode, Long previousId, int previousYear,
            String previousSchemeCode, List<Line> lines, Map<ChangeStatus, Long> counts, int carriedMeasures) {

        public long count(ChangeStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        public long added() {
            return count(ChangeStatus.NEW);
        }

        public long changed() {
            return count(ChangeStatus.CHANGED);
        }

        public long unchanged() {
            return count(ChangeStatus.UNCHANGED);
        }

        public long removed() {
            return count(ChangeStatus.REMOVED);
        }
    }

    public Comparison of(CurrentUser user, Long assessmentId) {
        Assessment a = guard.readable(user, assessmentId);
        if (a.getPreviousAssessmentId() == null) {
            throw new NotFoundException("previous period of assessment", assessmentId);
        }
        Assessment previous = guard.readable(user, a.getPreviousAssessmentId());
        Map<Long, Risk> before = new HashMap<>();
        risks.findByAssessmentIdOrderByCode(previous.getId()).forEach(r -> before.put(r.getId(), r));
        Map<Long, Measure> measuresBefore = new HashMap<>();
        risks.measuresOf(previous.getId()).forEach(m -> measuresBefore.put(m.getId(), m));
        Map<Long, List<CarriedMeasure>> carried = new HashMap<>();
        int carriedCount = 0;
        for (Measure m : risks.measuresOf(a.getId())) {
            if (m.getCarriedFromId() != null) {
                Measure was = measuresBefore.get(m.getCarriedFromId());
                carried.computeIfAbsent(m.getRisk().getId(), k -> new ArrayList<>()).add(new CarriedMeasure(m.getCode(),
                        was == null ? null : was.getCode(), m.getDescription(), m.getProgress()));
                carriedCount++;
            }
        }
        List<Line> lines = new ArrayList<>();
        Map<ChangeStatus, Long> counts = new EnumMap<>(ChangeStatus.class);
        for (Risk r : risks.findByAssessmentIdOrderByCode(a.getId())) {
            Risk was = r.getSourceRiskId() == null ? null : before.get(r.getSourceRiskId());
            ChangeStatus status = r.isRemoved() ? ChangeStatus.REMOVED : r.getChangeStatus();
            counts.merge(status, 1L, Long::sum);
            lines.add(new Line(r.getCode(), status, r.getStatement(), was == null ? null : was.getStatement(),
                    was == null ? null : was.getInherentLevel(),
                    was == null ? null : was.getClosingResidualLevel() != null ? was.getClosingResidualLevel()
                            : was.getResidualLevel(),
                    r.getInherentLevel(), r.getResidualLevel(), carried.getOrDefault(r.getId(), List.of())));
        }
        return new Comparison(a.getId(), a.getPeriodYear(), a.getSchemeCode(), previous.getId(),
                previous.getPeriodYear(), previous.getSchemeCode(), lines, counts, carriedCount);
    }
}
