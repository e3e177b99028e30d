package pe.integrity.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.SipDecision;
import pe.integrity.assessment.StageClosedException;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.shared.InvalidInputException;

/**
 * SIP's decision on a submitted assessment: approved, or observed with observations, which are saved here. The
 * workflow module completes the review step in the same transaction: if either fails, neither happens.
 */
@Service
@Transactional
public class SipReview {

    private final Assessments assessments;
    private final Observations observations;
    private final ObservationRepository repository;
    private final Clock clock;

    SipReview(Assessments assessments, Observations observations, ObservationRepository repository, Clock clock) {
        this.assessments = assessments;
        this.observations = observations;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Approves the submission, or observes it and saves the observations. OBSERVED needs at least one
     * observation; every observation needs a text and a target of this assessment. Invalid input throws
     * {@link InvalidInputException} (field {@code decision}, {@code observations} or
     * {@code observations[i].text/target}) before anything is written; an assessment SIP is not reviewing
     * throws {@link StageClosedException}.
     */
    public void decide(CurrentUser reviewer, Long assessmentId, SipDecision decision, List<ObservationForm> forms) {
        if (!reviewer.has(Role.SIP_REVIEWER)) {
            throw new AccessDeniedException("SIP reviewers only");
        }
        if (decision == null) {
            throw new InvalidInputException("decision", "review.decision.required");
        }
        List<ObservationForm> given = forms == null ? List.of() : forms;
        if (decision == SipDecision.OBSERVED && given.isEmpty()) {
            throw new InvalidInputException("observations", "review.observations.required");
        }
        Assessment a = assessments.get(reviewer, assessmentId);
        if (a.getStage() != AssessmentStage.SIP_REVIEW) {
            throw new StageClosedException(a.getStage());
        }
        repository.saveAll(checked(reviewer, a, given));
    }

    private List<Observation> checked(CurrentUser reviewer, Assessment a, List<ObservationForm> forms) {
        Targets targets = observations.targets(reviewer, a.getId());
        Instant now = Instant.now(clock);
        List<Observation> result = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            ObservationForm f = forms.get(i);
            String field = "observations[" + i + "].";
            if (f.getText() == null) {
                throw new InvalidInputException(field + "text", "review.observation.text.required");
            }
            if (f.getText().length() > ObservationForm.MAX_TEXT) {
                throw new InvalidInputException(field + "text", "review.observation.text.tooLong");
            }
            String label = null;
            Long targetId = null;
            if (f.getTargetType() != ObservationTarget.ASSESSMENT) {
                Targets.Target target = targets.find(f.getTargetType(), f.getTargetId());
                if (target == null) {
                    throw new InvalidInputException(field + "target", "review.observation.target.unknown");
                }
                label = target.label();
                targetId = target.id();
            }
            result.add(new Observation(a.getId(), a.getSubmissionRound(), f.getTargetType(), targetId, label,
                    f.getText(), reviewer.username(), reviewer.fullName(), now));
        }
        return result;
    }
}
