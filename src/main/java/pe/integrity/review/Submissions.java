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
        return round < 2 ? Optional.empty() : between(user, assessmentId, round - 1, round);
    }

    /**
     * What changed from submission {@code from} to submission {@code to}, any two rounds SIP received (an auditor
     * comparing the first and the last, say); empty when either snapshot is missing.
     */
    public Optional<SubmissionDiff> between(CurrentUser user, Long assessmentId, int from, int to) {
        assessments.get(user, assessmentId);
        Optional<SubmissionSnapshot> before = snapshots.findByAssessmentIdAndRound(assessmentId, from);
        Optional<SubmissionSnapshot> after = snapshots.findByAssessmentIdAndRound(assessmentId, to);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SnapshotDiffer.diff(to, from, read(before.get()), read(after.get())));
    }

    /** The submissions SIP received (their rounds and when), in order. */
    public java.util.List<Received> received(CurrentUser user, Long assessmentId) {
        assessments.get(user, assessmentId);
        return snapshots.findByAssessmentIdOrderByRound(assessmentId).stream()
                .map(s -> new Received(s.getRound(), s.getTakenAt())).toList();
    }

    /** One submission SIP received. */
    public record Received(int round, Instant at) {}

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
