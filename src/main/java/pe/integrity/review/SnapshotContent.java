package pe.integrity.review;

import java.time.LocalDate;
import java.util.List;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;

/**
 * The JSON stored per submission. Field names are the keys the diff compares and the message keys
 * ({@code diff.field.<name>}) that label them, so a field added here shows up in the diff by itself.
 */
record SnapshotContent(List<RiskState> risks, List<MeasureState> measures) {

    record RiskState(
            Long id,
            String code,
            Long processId,
            String processName,
            String stageName,
            String context,
            String riskyBehaviour,
            String statement,
            String category,
            String typologyCode,
            String causes,
            String consequences,
            String actors,
            String existingControls,
            Integer probability,
            Integer impact,
            Integer inherentScore,
            String inherentLevel,
            String controlRating,
            String residualLevel,
            Boolean treatmentRequired,
            String schemeCode,
            String response,
            String acceptanceJustification,
            boolean removed) {

        static RiskState of(Risk r) {
            return new RiskState(r.getId(), r.getCode(), r.getProcess().getId(), r.getProcess().getName(),
                    r.getStage() == null ? null : r.getStage().getName(), r.getContext(), r.getRiskyBehaviour(),
                    r.getStatement(), name(r.getCategory()), r.getTypologyCode(), r.getCauses(), r.getConsequences(),
                    r.getActors(), r.getExistingControls(), r.getProbability(), r.getImpact(), r.getInherentScore(),
                    r.getInherentLevel(), r.getControlRating(), r.getResidualLevel(), r.getTreatmentRequired(),
                    r.getSchemeCode(), name(r.getResponse()), r.getAcceptanceJustification(), r.isRemoved());
        }
    }

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
