package pe.integrity.library;

import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.MeasureType;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.organisation.EntityType;

/**
 * One measure of an approved register as SIP's curation list shows it: whose it is (SIP may know), what it says,
 * how far it got and SIP's decisions. Never the responsible person.
 *
 * @param levelFell whether the risk's level at close is lower than its residual level before treatment; null while
 *     the period has not closed
 */
public record LibraryMeasure(
        Long measureId,
        Long assessmentId,
        String entityName,
        EntityType entityType,
        int periodYear,
        String typologyCode,
        String typologyName,
        PracticeCategory category,
        String riskCode,
        String processName,
        String description,
        MeasureType type,
        String indicator,
        MeasureStatus status,
        int progress,
        String residualLevel,
        String closingLevel,
        Boolean levelFell,
        boolean excluded,
        boolean goodPractice,
        boolean registerExcluded) {

    /** Whether other entities see it: neither the measure nor its register is excluded. */
    public boolean shared() {
        return !excluded && !registerExcluded;
    }
}
