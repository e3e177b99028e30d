package pe.integrity.library;

import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.MeasureType;
import pe.integrity.organisation.EntityType;

/**
 * A measure of another entity's approved register, as an entity writing its plan sees it: what the measure is,
 * how far it got, whether the risk's level fell at close, and the kind of entity that used it. No person is named:
 * neither the responsible person nor the unit, nor the progress comments. The entity's name only when SIP marked
 * the measure as a good practice (SIP makes it public as an example).
 *
 * @param entityName null unless a good practice
 * @param levelFell null while that entity's period has not closed
 */
public record Suggestion(
        Long measureId,
        String description,
        MeasureType type,
        String causeAddressed,
        String indicator,
        String targetValue,
        String verificationMeans,
        MeasureStatus status,
        int progress,
        EntityType entityType,
        String entityName,
        int periodYear,
        boolean goodPractice,
        boolean sameType,
        Boolean levelFell) {}
