package pe.integrity.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.AssessmentSubmitted;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.SubmittedRisk;
import pe.integrity.organisation.CurrentUser;

/**
 * Snapshots of what was submitted to SIP and the differences between rounds. The snapshot is taken inside the
 * submitting transaction: a submission never exists without it.
 */
@Service
@Transactional(readOnly = true)
public class Submissions {

    private final SnapshotRepository snapshots;
    private final Assessments assessments;
    private final ObjectMapper json;
    private final Clock clock;

    Submissions(SnapshotRepository snapshots, Assessments assessments, ObjectMapper json, Clock clock) {
        this.snapshots = snapshots;
        this.assessments = assessments;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSubmitted(AssessmentSubmitted submitted) {
        Long id = submitted.assessmentId();
        snapshots.save(new SubmissionSnapshot(id, submitted.round(), Instant.now(clock), write(live(id))));
    }

    /**
     * What changed from the previous submission to {@code round}; empty for the first submission or when a
     * snapshot is missing (assessments submitted before snapshots existed).
     */
    public Optional<SubmissionDiff> diff(CurrentUser user, Long assessmentId, int round) {
        assessments.get(user, assessmentId);
        if (round < 2) {
            return Optional.empty();
        }
        Optional<SubmissionSnapshot> current = snapshots.findByAssessmentIdAndRound(assessmentId, round);
        Optional<SubmissionSnapshot> previous = snapshots.findByAssessmentIdAndRound(assessmentId, round - 1);
        if (current.isEmpty() || previous.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SnapshotDiffer.diff(round, round - 1, read(previous.get()), read(current.get())));
    }

    /**
     * What the next submission would change against the last one SIP received: the stored snapshot of the
     * assessment's current round compared with the live risks and measures. Empty before the first
     * submission or when that snapshot is missing.
     */
    public Optional<SubmissionDiff> pending(CurrentUser user, Long assessmentId) {
        int round = assessments.get(user, assessmentId).getSubmissionRound();
        if (round < 1) {
            return Optional.empty();
        }
        return snapshots.findByAssessmentIdAndRound(assessmentId, round)
                .map(last -> SnapshotDiffer.diff(round + 1, round, read(last), readTree(write(live(assessmentId)))));
    }

    /** Whether SIP received a snapshot for that round (false for submissions older than this feature). */
    boolean hasSnapshot(Long assessmentId, int round) {
        return snapshots.findByAssessmentIdAndRound(assessmentId, round).isPresent();
    }

    private SnapshotContent live(Long id) {
        return new SnapshotContent(
                assessments.risksOf(id).stream().map(SubmittedRisk::of).toList(),
                assessments.measuresOf(id).stream().map(SnapshotContent.MeasureState::of).toList());
    }

    /** Through the same JSON as the stored snapshots, so both sides of a diff have the same shape. */
    private String write(SnapshotContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot content not serialisable", e);
        }
    }

    private JsonNode readTree(String content) {
        try {
            return json.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot content unreadable", e);
        }
    }

    private JsonNode read(SubmissionSnapshot s) {
        try {
            return json.readTree(s.getContent());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot " + s.getAssessmentId() + "/" + s.getRound() + " unreadable", e);
        }
    }
}
