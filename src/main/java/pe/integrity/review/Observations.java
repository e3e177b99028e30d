package pe.integrity.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.StageClosedException;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityAccess;
import pe.integrity.shared.NotFoundException;
import pe.integrity.organisation.Role;

/**
 * Reading an assessment's observations (anyone who may read the assessment) and marking them resolved (the
 * entity's Conductor, while correcting). Saving them is part of {@link SipReview#decide}.
 */
@Service
@Transactional(readOnly = true)
public class Observations {

    private final ObservationRepository observations;
    private final Assessments assessments;
    private final EntityAccess access;
    private final Clock clock;

    Observations(ObservationRepository observations, Assessments assessments, EntityAccess access, Clock clock) {
        this.observations = observations;
        this.assessments = assessments;
        this.access = access;
        this.clock = clock;
    }

    /** All observations of an assessment, newest round first, in the order they were written. */
    public List<ObservationView> ofAssessment(CurrentUser user, Long assessmentId) {
        assessments.get(user, assessmentId);
        Targets targets = targets(user, assessmentId);
        return observations.findByAssessmentIdOrderBySubmissionRoundDescIdAsc(assessmentId).stream()
                .map(o -> view(o, targets.processOf(o.getTargetType(), o.getTargetId())))
                .toList();
    }

    /** Observations grouped by round (newest first), then by target in the order first observed. */
    public List<RoundGroup> grouped(CurrentUser user, Long assessmentId) {
        Map<Integer, Map<String, List<ObservationView>>> rounds = new LinkedHashMap<>();
        for (ObservationView o : ofAssessment(user, assessmentId)) {
            String key = o.targetType() + ":" + o.targetId();
            rounds.computeIfAbsent(o.round(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(o);
        }
        List<RoundGroup> groups = new ArrayList<>();
        rounds.forEach((round, byTarget) -> groups.add(new RoundGroup(round, byTarget.values().stream()
                .map(list -> new TargetGroup(list.get(0).targetType(), list.get(0).targetLabel(),
                        list.get(0).processId(), list.get(0).targetId(), List.copyOf(list)))
                .toList())));
        return groups;
    }

    /**
     * What is left to fix while the entity corrects: the observations of the round SIP returned, for everyone
     * who may read the assessment. Outside the correction step there is nothing to fix here (observations of
     * earlier rounds stay on the observations page).
     */
    public ObservationsToFix toFix(CurrentUser user, Long assessmentId) {
        Assessment a = assessments.get(user, assessmentId);
        if (a.getStage() != AssessmentStage.CORRECTION) {
            return ObservationsToFix.NONE;
        }
        int round = a.getSubmissionRound();
        List<ObservationView> last = ofAssessment(user, assessmentId).stream().filter(o -> o.round() == round).toList();
        return new ObservationsToFix(isConductorOf(user, a), last.stream().filter(o -> !o.resolved()).toList(),
                last.stream().filter(ObservationView::resolved).toList());
    }

    /** Whether the user may mark observations of this assessment resolved now. */
    public boolean canResolve(CurrentUser user, Long assessmentId) {
        Assessment a = assessments.get(user, assessmentId);
        return isConductorOf(user, a) && a.getStage() == AssessmentStage.CORRECTION;
    }

    /** The Conductor marks an observation as resolved (subsanada), or takes the mark back, while correcting. */
    @Transactional
    public ObservationView resolve(CurrentUser user, Long assessmentId, Long observationId, boolean resolved) {
        Assessment a = assessments.get(user, assessmentId);
        Observation o = observations.findById(observationId)
                .filter(found -> found.getAssessmentId().equals(assessmentId))
                .orElseThrow(() -> new NotFoundException("observation", observationId));
        if (!isConductorOf(user, a)) {
            throw new AccessDeniedException("only the entity's Conductor resolves observations");
        }
        if (a.getStage() != AssessmentStage.CORRECTION) {
            throw new StageClosedException(a.getStage());
        }
        o.markResolved(resolved, user.username(), Instant.now(clock));
        return view(o, targets(user, assessmentId).processOf(o.getTargetType(), o.getTargetId()));
    }

    private boolean isConductorOf(CurrentUser user, Assessment a) {
        return user.has(Role.CONDUCTOR) && access.canWork(user, a.getEntityId());
    }

    Targets targets(CurrentUser user, Long assessmentId) {
        return new Targets(assessments.risks(user, assessmentId), assessments.measures(user, assessmentId));
    }

    static ObservationView view(Observation o, Long processId) {
        return new ObservationView(o.getId(), o.getAssessmentId(), o.getSubmissionRound(), o.getTargetType(),
                o.getTargetId(), o.getTargetLabel(), o.getText(), o.getAuthorName(), o.getCreatedAt(), o.isResolved(),
                o.getResolvedBy(), o.getResolvedAt(), processId);
    }

    /** The observations of one submission round. */
    public record RoundGroup(int round, List<TargetGroup> targets) {}

    /** The observations on one target (the assessment, a risk or a measure) in a round. */
    public record TargetGroup(
            ObservationTarget type, String label, Long processId, Long targetId, List<ObservationView> observations) {}
}
