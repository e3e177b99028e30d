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
        SnapshotContent content = new SnapshotContent(
                assessments.risksOf(id).stream().map(SnapshotContent.RiskState::of).toList(),
                assessments.measuresOf(id).stream().map(SnapshotContent.MeasureState::of).toList());
        try {
            snapshots.save(new SubmissionSnapshot(id, submitted.round(), Instant.now(clock),
                    json.writeValueAsString(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot of assessment " + id + " not serialisable", e);
        }
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

    /** Whether SIP received a snapshot for that round (false for submissions older than this feature). */
    boolean hasSnapshot(Long assessmentId, int round) {
        return snapshots.findByAssessmentIdAndRound(assessmentId, round).isPresent();
    }

    private JsonNode read(SubmissionSnapshot s) {
        try {
            return json.readTree(s.getContent());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot " + s.getAssessmentId() + "/" + s.getRound() + " unreadable", e);
        }
    }
}
