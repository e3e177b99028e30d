package pe.integrity.workspace.page;

import pe.integrity.assessment.AssessmentStage;

/** What every page of an assessment shows at its top: whose, which period, where it stands, on which scheme. */
public record AssessmentHeader(
        Long id,
        Long entityId,
        String entityName,
        int periodYear,
        AssessmentStage stage,
        String schemeCode,
        String schemeName,
        boolean provisional,
        String schemeDimensions,
        String context,
        Long previousAssessmentId,
        int submissionRound) {}
