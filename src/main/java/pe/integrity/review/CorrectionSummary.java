package pe.integrity.review;

import java.util.List;
import java.util.Map;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Gap;
import pe.integrity.catalog.RiskLevel;

/**
 * What the resubmission after a correction will send.
 *
 * @param round the round SIP observed (the resubmission becomes round + 1)
 * @param changes what changed since SIP's copy of that round; null when there is no copy to compare with
 * @param resolved observations of that round marked resolved
 * @param open observations of that round still open
 * @param gaps what keeps the plan from being complete (the step refuses to complete while there are any)
 * @param levels the levels of the assessment's scheme by code, to name levels in the changes
 */
public record CorrectionSummary(
        Long assessmentId,
        Long entityId,
        int periodYear,
        AssessmentStage stage,
        int round,
        SubmissionDiff changes,
        List<ObservationView> resolved,
        List<ObservationView> open,
        List<Gap> gaps,
        Map<String, RiskLevel> levels) {

    public CorrectionSummary {
        resolved = List.copyOf(resolved);
        open = List.copyOf(open);
        gaps = List.copyOf(gaps);
        levels = Map.copyOf(levels);
    }
}
