package pe.integrity.assessment;

import pe.integrity.catalog.PracticeCategory;

/**
 * A risk's content as the entity submits it, read from the entity in one place: what SIP's review screen shows,
 * what each submission's snapshot stores (as JSON, under these component names, so snapshots written before
 * this type existed still read and compare) and what the entity register prints. Values are the domain's own
 * (scale values, level and rating codes, enums); each reader labels them in its own language and layout.
 *
 * <p>The editing screens keep their own view of a working risk, with the ids, owner and version a form needs.
 */
public record SubmittedRisk(
        Long id,
        String code,
        Long processId,
        String processName,
        String stageName,
        String context,
        String riskyBehaviour,
        String statement,
        PracticeCategory category,
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
        RiskResponse response,
        String acceptanceJustification,
        ChangeStatus changeStatus,
        boolean removed) {

    public static SubmittedRisk of(Risk r) {
        ProcessInScope process = r.getProcess();
        ProcessActivity stage = r.getStage();
        return new SubmittedRisk(r.getId(), r.getCode(), process.getId(), process.getName(),
                stage == null ? null : stage.getName(), r.getContext(), r.getRiskyBehaviour(), r.getStatement(),
                r.getCategory(), r.getTypologyCode(), r.getCauses(), r.getConsequences(), r.getActors(),
                r.getExistingControls(), r.getProbability(), r.getImpact(), r.getInherentScore(), r.getInherentLevel(),
                r.getControlRating(), r.getResidualLevel(), r.getTreatmentRequired(), r.getSchemeCode(),
                r.getResponse(), r.getAcceptanceJustification(), r.getChangeStatus(), r.isRemoved());
    }
}
