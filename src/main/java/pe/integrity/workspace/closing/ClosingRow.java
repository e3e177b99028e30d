package pe.integrity.workspace.closing;

import java.util.List;
import pe.integrity.assessment.MeasureOutcome;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.workspace.page.LevelView;
import pe.integrity.workspace.page.RiskRow;

/**
 * A risk at period close: its evaluation (inherent, planned residual), what became of its measures, and the residual
 * level at close the Conductor rated.
 */
public record ClosingRow(RiskRow risk, String closingRating, String closingRatingLabel, LevelView closingResidual,
        String closingComment, List<MeasureState> measures) {

    /**
     * A measure as it stands at close: status and progress of its last report, and what becomes of it (carried
     * over, dropped with a reason, or implemented).
     */
    public record MeasureState(Long id, long version, String code, String description, MeasureStatus status, int progress,
            boolean overdue, MeasureOutcome outcome, String droppedReason) {

        /** The Conductor still decides on a measure not implemented. */
        public boolean open() {
            return outcome != MeasureOutcome.IMPLEMENTED;
        }
    }
}
