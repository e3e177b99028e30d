package pe.integrity.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.Versions;

/**
 * Follow-up (the guide's stage 4): progress reports on measures, each one kept, and the overdue flag. Reports
 * belong to the open follow-up cycle; a cycle closes when the Conductor submits its report (the process's
 * "Reportar avance" step), so the reports of a closed cycle are never changed again.
 */
@Service
@Transactional
public class FollowUpReporting {

    private final AssessmentGuard guard;
    private final RiskRepository risks;
    private final ProgressReportRepository reports;
    private final MeasureRepository measures;
    private final AssessmentEventRepository journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpReporting(AssessmentGuard guard, RiskRepository risks, ProgressReportRepository reports,
            MeasureRepository measures, AssessmentEventRepository journal, ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.measures = measures;
        this.guard = guard;
        this.risks = risks;
        this.reports = reports;
        this.journal = journal;
        this.clock = clock;
    }

    /** Records a progress report: the measure's current state changes and the report is kept in its history. */
    public Measure report(CurrentUser user, Long measureId, ProgressForm form) {
        Measure m = guard.measureReportable(user, measureId, StageWork.FOLLOW_UP);
        Versions.requireCurrent(form.getVersion(), m.getVersion(), Measure.class, measureId);
        m.report(form.getStatus(), form.getProgress(), LocalDate.now(clock));
        m.noteProgress(form.getComment());
        Long assessmentId = m.getRisk().getProcess().getAssessment().getId();
        reports.save(new ProgressReport(m, assessmentId, openCycle(assessmentId), user.username(), user.fullName(),
                Instant.now(clock)));
        return m;
    }

    /**
     * "Mis medidas": the measures in follow-up this user answers for (the Conductor also those whose responsible
     * person is not a user), nearest end date first. Empty for users of no entity.
     */
    @Transactional(readOnly = true)
    public List<AnsweredMeasure> answeredFor(CurrentUser user) {
        if (user.entityId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return measures.answeredFor(user.entityId(), user.username(), user.has(Role.CONDUCTOR)).stream()
                .map(m -> AnsweredMeasure.of(m, today)).toList();
    }

    /** Refuses (403, or the stage-closed page) a user who may not report on this measure now. */
    @Transactional(readOnly = true)
    public void requireReportable(CurrentUser user, Long measureId) {
        guard.measureReportable(user, measureId, StageWork.FOLLOW_UP);
    }

    /** Which of these measures of the assessment the user may report on now (none outside follow-up). */
    @Transactional(readOnly = true)
    public Set<Long> reportable(CurrentUser user, Assessment a, List<Measure> measures) {
        if (!StageWork.FOLLOW_UP.allowedIn(a.getStage())) {
            return Set.of();
        }
        return measures.stream().filter(m -> guard.mayReport(user, a, m)).map(Measure::getId)
                .collect(Collectors.toSet());
    }

    /**
     * The Conductor asks for a progress report now rather than at the end of the cycle (an extraordinary report,
     * e.g. before an audit), saying why; the journal keeps who asked, when and why. Refused, with nothing written,
     * outside follow-up, without a reason, or when every measure is already implemented (nothing to report).
     * The caller then brings the cycle's timer forward in the engine, in the same transaction.
     */
    @Transactional
    public Assessment askExtraordinaryReport(CurrentUser user, Long assessmentId, String reason) {
        Assessment a = guard.conductorEditable(user, assessmentId, StageWork.FOLLOW_UP);
        String why = Forms.clean(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "followUp.extraordinary.reasonRequired");
        }
        if (why.length() > EXTRAORDINARY_REASON_MAX) {
            throw new InvalidInputException("reason", "followUp.extraordinary.reasonTooLong");
        }
        if (risks.measuresOf(assessmentId).stream().allMatch(m -> m.getStatus() == MeasureStatus.IMPLEMENTED)) {
            throw new InvalidInputException("reason", "followUp.extraordinary.nothingPending");
        }
        journal.save(new AssessmentEvent(a.getId(), AssessmentEvent.Type.EXTRAORDINARY_REPORT_ASKED, user.username(),
                user.fullName(), Instant.now(clock), a.getSubmissionRound(), why));
        return a;
    }

    /** Whether the user may ask for an extraordinary report of this assessment now: its Conductor, in follow-up. */
    public boolean mayAskExtraordinaryReport(CurrentUser user, Assessment a) {
        return StageWork.FOLLOW_UP.allowedIn(a.getStage()) && guard.conducts(user, a);
    }

    /** How long the reason for an extraordinary report may be. */
    public static final int EXTRAORDINARY_REASON_MAX = 500;

    /** The follow-up cycle reports go to now: one more than the cycles whose report has been submitted. */
    public int openCycle(Long assessmentId) {
        return 1 + (int) journal.countByAssessmentIdAndType(assessmentId, AssessmentEvent.Type.PROGRESS_REPORTED);
    }

    /** Progress at a glance of the assessment's measures, with one figure per cycle reported. */
    @Transactional(readOnly = true)
    public FollowUpProgress progress(CurrentUser user, Long assessmentId) {
        guard.readable(user, assessmentId);
        return FollowUpProgress.of(risks.measuresOf(assessmentId), reports.figuresOf(assessmentId),
                openCycle(assessmentId), LocalDate.now(clock));
    }

    /**
     * The assessment's follow-up cycles, oldest first: each submitted cycle (a PROGRESS_REPORTED journal entry, in
     * order) and the open one, with the reports filed in it. Two queries whatever the number of reports.
     */
    @Transactional(readOnly = true)
    public List<FollowUpCycle> cycles(CurrentUser user, Long assessmentId) {
        guard.readable(user, assessmentId);
        List<AssessmentEvent> submissions = journal.findByAssessmentIdOrderByOccurredAtAscIdAsc(assessmentId).stream()
                .filter(e -> e.getType() == AssessmentEvent.Type.PROGRESS_REPORTED)
                .toList();
        Map<Integer, List<FollowUpCycle.Report>> byCycle = new TreeMap<>();
        for (ProgressReport r : reports.ofAssessment(assessmentId)) {
            Measure m = r.getMeasure();
            byCycle.computeIfAbsent(r.getCycle(), c -> new ArrayList<>()).add(new FollowUpCycle.Report(m.getCode(),
                    m.getDescription(), r.getReportedAt(), r.getReporterName(), r.getStatus(), r.getProgress(),
                    r.getComment()));
        }
        int open = submissions.size() + 1; // openCycle, from the entries already read
        List<FollowUpCycle> cycles = new ArrayList<>();
        for (int n = 1; n <= open; n++) {
            AssessmentEvent submitted = n <= submissions.size() ? submissions.get(n - 1) : null;
            List<FollowUpCycle.Report> filed = byCycle.getOrDefault(n, List.of());
            if (submitted == null && filed.isEmpty() && n > 1) {
                continue; // the open cycle, nothing reported yet: nothing to show beyond the submitted ones
            }
            cycles.add(new FollowUpCycle(n, submitted == null ? null : submitted.getOccurredAt(),
                    submitted == null ? null : submitted.getActorName(), List.copyOf(filed)));
        }
        return cycles;
    }

    /** The reports on these measures, oldest first (unchecked: callers have read the measures with a guard). */
    @Transactional(readOnly = true)
    public List<ProgressReport> history(Collection<Long> measureIds) {
        return measureIds.isEmpty() ? List.of() : reports.ofMeasures(measureIds);
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

    /**
     * The daily deadline check of follow-up: each measure owing a notice (due soon, or overdue) gets it once, as a
     * {@link MeasureDeadline} event. Returns how many were owed.
     */
    public int noticeDeadlines(Long assessmentId) {
        LocalDate today = LocalDate.now(clock);
        int owed = 0;
        for (Measure m : risks.measuresOf(assessmentId)) {
            MeasureDeadline.Kind kind = m.owedNotice(today);
            if (kind != null) {
                Assessment a = m.getRisk().getAssessment();
                events.publishEvent(new MeasureDeadline(kind, assessmentId, a.getEntityId(), m.getId(), m.getCode(),
                        m.getDescription(), m.getEndDate(), m.getResponsibleUsername()));
                owed++;
            }
        }
        return owed;
    }

    /** What a follow-up cycle found: measures overdue, and measures not implemented yet. */
    public record CycleCheck(int overdue, int pending) {}
}
