package pe.integrity.workspace.page;

import pe.integrity.assessment.ChangeStatus;
import pe.integrity.assessment.RiskResponse;
import pe.integrity.catalog.PracticeCategory;

/** A risk with its identification, evaluation and treatment response, ready for a template. */
public record RiskRow(
        Long id,
        String code,
        Long processId,
        String processName,
        String ownerUsername,
        Long stageId,
        String stageName,
        String context,
        String riskyBehaviour,
        String statement,
        PracticeCategory category,
        String typologyCode,
        String typologyName,
        String causes,
        String consequences,
        String actors,
        String existingControls,
        Integer probability,
        Integer impact,
        Integer inherentScore,
        LevelView inherent,
        String controlRating,
        String controlRatingLabel,
        LevelView residual,
        Boolean treatmentRequired,
        RiskResponse response,
        String acceptanceJustification,
        ChangeStatus changeStatus,
        boolean removed,
        int measureCount,
        long version) {

    public boolean evaluated() {
        return residual != null;
    }
}
