package pe.integrity.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Completeness;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;

/**
 * The end of "Subsanar observaciones": the Conductor sees what the resubmission will send (what changed since
 * SIP's last copy, which observations are marked resolved and which are still open) and confirms it. The
 * assessment then goes back to Alta Dirección for approval before SIP receives it as a new round.
 *
 * <p>Rule: observations of the last round may stay open (the entity may disagree with one), but then the
 * resubmission needs a comment that says why; it is kept in the journal.
 */
@Service
@Transactional
public class Correction {

    private final Assessments assessments;
    private final Observations observations;
    private final Submissions submissions;
    private final Completeness completeness;
    private final ScoringSchemes schemes;

    Correction(Assessments assessments, Observations observations, Submissions submissions,
            Completeness completeness, ScoringSchemes schemes) {
        this.assessments = assessments;
        this.observations = observations;
        this.submissions = submissions;
        this.completeness = completeness;
        this.schemes = schemes;
    }

    /** What confirming would send, for everyone who may read the assessment. */
    @Transactional(readOnly = true)
    public CorrectionSummary preview(CurrentUser user, Long assessmentId) {
        Assessment a = assessments.get(user, assessmentId);
        int round = a.getSubmissionRound();
        List<ObservationView> last = observations.ofAssessment(user, assessmentId).stream()
                .filter(o -> o.round() == round)
                .toList();
        Map<String, RiskLevel> levels = new LinkedHashMap<>();
        schemes.byCode(a.getSchemeCode()).levels().forEach(l -> levels.put(l.code(), l));
        return new CorrectionSummary(assessmentId, a.getEntityId(), a.getPeriodYear(), a.getStage(), round,
                submissions.pending(user, assessmentId).orElse(null),
                last.stream().filter(ObservationView::resolved).toList(),
                last.stream().filter(o -> !o.resolved()).toList(),
                a.getStage() == AssessmentStage.CORRECTION ? completeness.treatment(assessmentId) : List.of(),
                levels);
    }

    /**
     * Checks that the resubmission may go and returns the comment the journal keeps with it (null when none was
     * given). Refused with {@link InvalidInputException} (field {@code comment}) when observations are open and no
     * comment explains them. The workflow module then completes the correction step in the same transaction.
     */
    public String resubmission(CurrentUser user, Long assessmentId, String comment) {
        int round = assessments.get(user, assessmentId).getSubmissionRound();
        boolean open = observations.ofAssessment(user, assessmentId).stream()
                .anyMatch(o -> o.round() == round && !o.resolved());
        String given = comment == null || comment.isBlank() ? null : comment.strip();
        if (open && given == null) {
            throw new InvalidInputException("comment", "correction.comment.requiredWhenOpen");
        }
        return given;
    }
}
