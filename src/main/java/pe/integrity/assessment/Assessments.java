package pe.integrity.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityAccess;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.NotFoundException;
import pe.integrity.organisation.Role;

/** Opening assessments, reading them, and the stage and journal updates the workflow makes. */
@Service
@Transactional(readOnly = true)
public class Assessments {

    static final int FIRST_PERIOD = 2023;

    private final AssessmentRepository assessments;
    private final ProcessInScopeRepository processes;
    private final RiskRepository risks;
    private final AssessmentEventRepository events;
    private final AssessmentGuard guard;
    private final EntityAccess access;
    private final ScoringSchemes schemes;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, ProcessInScopeRepository processes, RiskRepository risks,
            AssessmentEventRepository events, AssessmentGuard guard, EntityAccess access, ScoringSchemes schemes,
            ApplicationEventPublisher publisher, Clock clock) {
        this.assessments = assessments;
        this.processes = processes;
        this.risks = risks;
        this.events = events;
        this.guard = guard;
        this.access = access;
        this.schemes = schemes;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The Conductor opens the assessment of their entity for a period, on the active scoring scheme. */
    @Transactional
    public Assessment open(CurrentUser user, int periodYear, String context) {
        return open(user, periodYear, context, null);
    }

    /** The same opening, keeping a follow-up frequency (the next period keeps the one SIP chose before). */
    @Transactional
    Assessment open(CurrentUser user, int periodYear, String context, FollowUpFrequency followUp) {
        if (user.entityId() == null || !user.has(Role.CONDUCTOR)) {
            throw new AccessDeniedException("only a Conductor opens an assessment");
        }
        requirePeriod(periodYear);
        if (assessments.existsByEntityIdAndPeriodYear(user.entityId(), periodYear)) {
            throw new InvalidInputException("periodYear", "assessment.period.exists");
        }
        return start(user.entityId(), periodYear, Forms.clean(context), followUp, user.username(), user.fullName());
    }

    /**
     * SIP opens an entity's assessment for a period as part of a campaign: the same opening as the Conductor's
     * (journal entry, process started by the workflow module, the Conductor told of the first task), without
     * context, which the Conductor writes. Empty when the entity already has an assessment for the period, so
     * running a campaign again never opens a second one (the unique key on entity and period backs this check).
     * The caller (the campaign module) has checked that a SIP reviewer launched it.
     */
    @Transactional
    public Optional<Assessment> openForCampaign(Long entityId, int periodYear, FollowUpFrequency followUp,
            String byUsername, String byName) {
        requirePeriod(periodYear);
        if (assessments.existsByEntityIdAndPeriodYear(entityId, periodYear)) {
            return Optional.empty();
        }
        return Optional.of(start(entityId, periodYear, null, followUp, byUsername, byName));
    }

    /** Unchecked: the id of the entity's assessment for a period, if it has one. */
    public Optional<Long> idFor(Long entityId, int periodYear) {
        return assessments.findByEntityIdAndPeriodYear(entityId, periodYear).map(Assessment::getId);
    }

    /** Whether a year is one an assessment may be opened for: from the guide's first period to next year. */
    public boolean isOpenablePeriod(int periodYear) {
        int nextYear = Instant.now(clock).atZone(java.time.ZoneOffset.UTC).getYear() + 1;
        return periodYear >= FIRST_PERIOD && periodYear <= nextYear;
    }

    private void requirePeriod(int periodYear) {
        if (!isOpenablePeriod(periodYear)) {
            throw new InvalidInputException("periodYear", "assessment.period.range");
        }
    }

    private Assessment start(Long entityId, int periodYear, String context, FollowUpFrequency followUp,
            String username, String name) {
        Assessment opening = new Assessment(entityId, periodYear, schemes.active().code(), context, username,
                Instant.now(clock));
        opening.followUpEvery(followUp);
        Assessment a = assessments.save(opening);
        journal(a, AssessmentEvent.Type.OPENED, username, name, null);
        publisher.publishEvent(new AssessmentOpened(a.getId(), a.getEntityId(), periodYear, username));
        return a;
    }

    @Transactional
    public void describeContext(CurrentUser user, Long assessmentId, String context) {
        guard.conductorEditable(user, assessmentId, StageWork.SCOPE)
                .describeContext(Forms.clean(context));
    }

    public Assessment get(CurrentUser user, Long assessmentId) {
        return guard.readable(user, assessmentId);
    }

    public List<Assessment> ofEntity(CurrentUser user, Long entityId) {
        if (!access.canRead(user, entityId)) {
            throw new AccessDeniedException("entity of another user");
        }
        return assessments.findByEntityIdOrderByPeriodYearDesc(entityId);
    }

    public List<ProcessInScope> processes(CurrentUser user, Long assessmentId) {
        guard.readable(user, assessmentId);
        return processes.findByAssessmentIdOrderById(assessmentId);
    }

    public List<Risk> risks(CurrentUser user, Long assessmentId) {
        guard.readable(user, assessmentId);
        return risks.findByAssessmentIdOrderByCode(assessmentId);
    }

    public List<Measure> measures(CurrentUser user, Long assessmentId) {
        guard.readable(user, assessmentId);
        return risks.measuresOf(assessmentId);
    }

    public List<AssessmentEvent> journal(CurrentUser user, Long assessmentId) {
        guard.readable(user, assessmentId);
        return events.findByAssessmentIdOrderByOccurredAtAscIdAsc(assessmentId);
    }

    // ---- used by the workflow module, which has already checked who completes the task ----

    /** Unchecked read for the engine's delegates (no user in a timer job). */
    public Assessment find(Long assessmentId) {
        return assessments.findById(assessmentId).orElseThrow(() -> new NotFoundException("assessment", assessmentId));
    }

    public List<Long> processIds(Long assessmentId) {
        return processes.findByAssessmentIdOrderById(assessmentId).stream().map(ProcessInScope::getId).toList();
    }

    /** Unchecked: the risks of an assessment, for listeners that run without a user (snapshots). */
    public List<Risk> risksOf(Long assessmentId) {
        return risks.findByAssessmentIdOrderByCode(assessmentId);
    }

    /** Unchecked: the measures of an assessment's current risks, for listeners that run without a user. */
    public List<Measure> measuresOf(Long assessmentId) {
        return risks.measuresOf(assessmentId);
    }

    /** Unchecked: the newest journal entry (e.g. the return and its comment, for notifications). */
    public Optional<AssessmentEvent> lastJournalEntry(Long assessmentId) {
        return events.findFirstByAssessmentIdOrderByOccurredAtDescIdDesc(assessmentId);
    }

    /**
     * Unchecked: assessments by id in one query, for lists of open tasks the engine has already scoped to the
     * user's groups.
     */
    public Map<Long, Assessment> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : assessments.findAllById(ids).stream().collect(Collectors.toMap(Assessment::getId, a -> a));
    }

    /** Unchecked: processes in scope by id in one query, for lists of open tasks (as {@link #findAll}). */
    public Map<Long, ProcessInScope> processesById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : processes.findAllById(ids).stream().collect(Collectors.toMap(ProcessInScope::getId, p -> p));
    }

    /** Usernames of the Técnicos who own these processes in scope, in one query. */
    public Map<Long, String> processOwners(Collection<Long> processIds) {
        Map<Long, String> owners = new HashMap<>();
        processesById(processIds).forEach((id, p) -> owners.put(id, p.getOwnerUsername()));
        return owners;
    }

    /** Username of the Técnico who owns a process in scope. */
    public String processOwner(Long processId) {
        return processes.findById(processId).map(ProcessInScope::getOwnerUsername).orElse(null);
    }

    @Transactional
    public void linkProcess(Long assessmentId, String processInstanceId) {
        find(assessmentId).linkProcess(processInstanceId);
    }

    @Transactional
    public void moveTo(Long assessmentId, AssessmentStage stage) {
        find(assessmentId).moveTo(stage);
    }

    /** SIP approved: follow-up starts and the approved register is announced (documents plug in there). */
    @Transactional
    public void markApproved(Long assessmentId) {
        Assessment a = find(assessmentId);
        a.moveTo(AssessmentStage.FOLLOW_UP);
        publisher.publishEvent(
                new AssessmentApproved(a.getId(), a.getEntityId(), a.getPeriodYear(), a.getSubmissionRound()));
    }

    /** Counts a submission to SIP; the journal entry carries the new round number. */
    @Transactional
    public int submitToSip(Long assessmentId, String actorUsername, String actorName) {
        Assessment a = find(assessmentId);
        a.submitted();
        journal(a, AssessmentEvent.Type.SUBMITTED_TO_SIP, actorUsername, actorName, null);
        publisher.publishEvent(new AssessmentSubmitted(a.getId(), a.getEntityId(), a.getSubmissionRound()));
        return a.getSubmissionRound();
    }

    @Transactional
    public void record(Long assessmentId, AssessmentEvent.Type type, String actorUsername, String actorName,
            String comment) {
        journal(find(assessmentId), type, actorUsername, actorName, Forms.clean(comment));
    }

    private void journal(Assessment a, AssessmentEvent.Type type, String username, String name, String comment) {
        events.save(new AssessmentEvent(a.getId(), type, username, name, Instant.now(clock), a.getSubmissionRound(),
                comment));
    }
}
