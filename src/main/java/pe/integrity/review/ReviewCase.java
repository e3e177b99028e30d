package pe.integrity.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScaleLevel;

/**
 * Everything the review page shows of the submission, read in one transaction so the template touches no lazy
 * entity. The review task itself (its id and due date) comes from the workflow.
 */
public record ReviewCase(
        Long assessmentId,
        String entityName,
        int periodYear,
        int round,
        String context,
        String schemeCode,
        String schemeName,
        boolean schemeProvisional,
        String schemeDimensions,
        List<ProcessRow> processes,
        List<RiskRow> risks,
        List<MeasureRow> measures,
        Map<String, RiskLevel> levels,
        SubmissionDiff diff,
        boolean diffMissing,
        List<Observations.RoundGroup> earlierObservations,
        List<Targets.Target> riskTargets,
        List<Targets.Target> measureTargets) {

    public record ProcessRow(Long id, String name, String reason, String owner, String responsibleUnit) {}

    /**
     * A risk as SIP reviews it: how it was rated, not only the levels that came out.
     *
     * @param probability the inherent probability on the scheme's scale (null when not evaluated, or when the
     *     scheme no longer knows the value: then only {@code probabilityValue} is shown)
     * @param impact the inherent impact, likewise
     * @param controlRating the rating of the existing controls, likewise with {@code controlRatingCode}
     */
    public record RiskRow(
            Long id,
            String code,
            Long processId,
            String processName,
            String statement,
            String category,
            Integer probabilityValue,
            ScaleLevel probability,
            Integer impactValue,
            ScaleLevel impact,
            Integer inherentScore,
            String existingControls,
            String controlRatingCode,
            ControlRating controlRating,
            String inherentLevel,
            String residualLevel,
            Boolean treatmentRequired,
            String response,
            String acceptanceJustification,
            int measureCount) {}

    public record MeasureRow(
            Long id,
            String riskCode,
            String description,
            String type,
            String responsibleUnit,
            String responsiblePerson,
            LocalDate startDate,
            LocalDate endDate,
            String indicator,
            String targetValue) {}
}
