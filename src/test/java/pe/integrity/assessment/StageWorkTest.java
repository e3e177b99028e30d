package pe.integrity.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which stages allow which work, on its own: no database, no application. */
class StageWorkTest {

    @Test
    void theScopeIsEditedOnlyWhilePreparing() {
        assertThat(StageWork.SCOPE.stages()).containsExactly(AssessmentStage.PREPARATION);
    }

    @Test
    void risksEvaluationsAndTreatmentOpenInTheirStageAndAgainWhileCorrecting() {
        assertThat(StageWork.IDENTIFICATION.stages())
                .containsExactlyInAnyOrder(AssessmentStage.IDENTIFICATION, AssessmentStage.CORRECTION);
        assertThat(StageWork.EVALUATION.stages())
                .containsExactlyInAnyOrder(AssessmentStage.EVALUATION, AssessmentStage.CORRECTION);
        assertThat(StageWork.TREATMENT.stages())
                .containsExactlyInAnyOrder(AssessmentStage.TREATMENT, AssessmentStage.CORRECTION);
    }

    @Test
    void nothingIsEditedWhileAltaDireccionOrSipDecide() {
        for (StageWork work : new StageWork[] {StageWork.SCOPE, StageWork.IDENTIFICATION, StageWork.EVALUATION,
                StageWork.TREATMENT, StageWork.FOLLOW_UP, StageWork.CLOSING}) {
            assertThat(work.allowedIn(AssessmentStage.SCOPE_APPROVAL)).as(work.name()).isFalse();
            assertThat(work.allowedIn(AssessmentStage.INTERNAL_APPROVAL)).as(work.name()).isFalse();
            assertThat(work.allowedIn(AssessmentStage.SIP_REVIEW)).as(work.name()).isFalse();
            assertThat(work.allowedIn(AssessmentStage.CLOSED)).as(work.name()).isFalse();
        }
    }

    @Test
    void progressIsReportedInFollowUpAndTheNextPeriodOpensFromAnApprovedAssessmentOnly() {
        assertThat(StageWork.FOLLOW_UP.stages()).containsExactly(AssessmentStage.FOLLOW_UP);
        assertThat(StageWork.NEXT_PERIOD.stages())
                .containsExactlyInAnyOrder(AssessmentStage.FOLLOW_UP, AssessmentStage.CLOSING, AssessmentStage.CLOSED);
    }

    @Test
    void theResidualLevelAtCloseIsRatedOnlyWhileThePeriodCloses() {
        assertThat(StageWork.CLOSING.stages()).containsExactly(AssessmentStage.CLOSING);
    }

    @Test
    void workOutsideItsStagesIsRefusedAsAClosedStage() {
        StageWork.TREATMENT.requireIn(AssessmentStage.CORRECTION);
        assertThatThrownBy(() -> StageWork.TREATMENT.requireIn(AssessmentStage.SIP_REVIEW))
                .isInstanceOf(StageClosedException.class)
                .hasMessageContaining("SIP_REVIEW");
    }
}
