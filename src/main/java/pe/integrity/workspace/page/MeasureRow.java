package pe.integrity.workspace.page;

import java.time.LocalDate;
import java.util.List;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.MeasureType;
import pe.integrity.workspace.followup.EvidenceInfo;

/**
 * A measure of the treatment plan with its follow-up state and evidence files; {@code carriedOver} when it
 * continues a measure of the previous period (at the progress reached there).
 */
public record MeasureRow(
        Long id,
        String code,
        Long riskId,
        String riskCode,
        String ownerUsername,
        String description,
        MeasureType type,
        String causeAddressed,
        String responsibleUnit,
        String responsiblePerson,
        LocalDate startDate,
        LocalDate endDate,
        String indicator,
        String targetValue,
        String verificationMeans,
        String resources,
        MeasureStatus status,
        int progress,
        boolean overdue,
        String progressComment,
        long version,
        List<EvidenceInfo> evidence,
        boolean carriedOver) {}
