package pe.integrity.review;

import java.time.LocalDate;
import java.util.List;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.SubmittedRisk;

/**
 * The JSON stored per submission. Field names are the keys the diff compares and the message keys
 * ({@code diff.field.<name>}) that label them, so a field added here shows up in the diff by itself. A risk is
 * stored as the assessment's own read model of a submitted risk ({@link SubmittedRisk}).
 */
record SnapshotContent(List<SubmittedRisk> risks, List<MeasureState> measures) {

    record MeasureState(
            Long id,
            Long riskId,
            String riskCode,
            String description,
            String type,
            String causeAddressed,
            String responsibleUnit,
            String responsiblePerson,
            LocalDate startDate,
            LocalDate endDate,
            String indicator,
            String targetValue,
            String verificationMeans,
            String resources,
            String status,
            int progress) {

        static MeasureState of(Measure m) {
            return new MeasureState(m.getId(), m.getRisk().getId(), m.getRisk().getCode(), m.getDescription(),
                    name(m.getType()), m.getCauseAddressed(), m.getResponsibleUnit(), m.getResponsiblePerson(),
                    m.getStartDate(), m.getEndDate(), m.getIndicator(), m.getTargetValue(), m.getVerificationMeans(), m.getResources(),
                    name(m.getStatus()), m.getProgress());
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
