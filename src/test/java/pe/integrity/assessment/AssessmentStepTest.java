package pe.integrity.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import pe.integrity.shared.InvalidInputException;

/** The steps of the cycle and their decisions, on their own: no database, no application. */
class AssessmentStepTest {

    @Test
    void theStepsRunInTheGuidesOrderOneStagePerStep() {
        assertThat(Arrays.stream(AssessmentStep.values()).map(AssessmentStep::stage))
                .containsExactly(AssessmentStage.PREPARATION, AssessmentStage.SCOPE_APPROVAL,
                        AssessmentStage.IDENTIFICATION, AssessmentStage.EVALUATION, AssessmentStage.TREATMENT,
                        AssessmentStage.INTERNAL_APPROVAL, AssessmentStage.SIP_REVIEW, AssessmentStage.CORRECTION,
                        AssessmentStage.FOLLOW_UP, AssessmentStage.CLOSING);
    }

    @Test
    void eachApprovalStepOffersItsOwnDecisionsOnly() {
        assertThat(AssessmentStep.APPROVE_SCOPE.decision("RETURN")).isEqualTo(ScopeDecision.RETURN);
        assertThat(AssessmentStep.APPROVE_ASSESSMENT.decision("RETURN_TO_EVALUATION"))
                .isEqualTo(InternalDecision.RETURN_TO_EVALUATION);
        assertThat(AssessmentStep.REVIEW_SUBMISSION.decision("OBSERVED")).isEqualTo(SipDecision.OBSERVED);

        for (String wrong : new String[] {"RETURN_TO_EVALUATION", "APPROVED", "approve", "", null}) {
            assertThatThrownBy(() -> AssessmentStep.APPROVE_SCOPE.decision(wrong)).as(wrong)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("outcome");
                        assertThat(e.code()).isEqualTo("step.outcome.invalid");
                    });
        }
        assertThatThrownBy(() -> AssessmentStep.REVIEW_SUBMISSION.decision("APPROVE"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStepWithoutDecisionIgnoresWhateverWasPosted() {
        assertThat(AssessmentStep.PLAN_TREATMENT.decisions()).isEmpty();
        assertThat(AssessmentStep.PLAN_TREATMENT.decision("APPROVE")).isNull();
    }

    @Test
    void everyReturnOfAltaDireccionNeedsACommentAndSipsObservationsSpeakForThemselves() {
        assertThat(ScopeDecision.RETURN.needsComment()).isTrue();
        assertThat(ScopeDecision.APPROVE.needsComment()).isFalse();
        assertThat(Arrays.stream(InternalDecision.values()).filter(Decision::needsComment))
                .containsExactly(InternalDecision.RETURN_TO_IDENTIFICATION, InternalDecision.RETURN_TO_EVALUATION,
                        InternalDecision.RETURN_TO_TREATMENT);
        assertThat(Arrays.stream(SipDecision.values()).filter(Decision::needsComment)).isEmpty();
    }

    @Test
    void theJournalSaysWhatWasDecided() {
        assertThat(AssessmentStep.APPROVE_SCOPE.journal(ScopeDecision.RETURN))
                .isEqualTo(AssessmentEvent.Type.SCOPE_RETURNED);
        assertThat(AssessmentStep.APPROVE_ASSESSMENT.journal(InternalDecision.RETURN_TO_TREATMENT))
                .isEqualTo(AssessmentEvent.Type.RETURNED_INTERNALLY);
        assertThat(AssessmentStep.REVIEW_SUBMISSION.journal(SipDecision.APPROVED))
                .isEqualTo(AssessmentEvent.Type.SIP_APPROVED);
        assertThat(AssessmentStep.CORRECT_OBSERVATIONS.journal(null)).isEqualTo(AssessmentEvent.Type.CORRECTED);
        assertThat(AssessmentStep.IDENTIFY_RISKS.journal(null)).isEqualTo(AssessmentEvent.Type.IDENTIFICATION_DONE);
    }
}
