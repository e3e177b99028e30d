package pe.integrity.assessment;

import java.time.LocalDate;

/**
 * A measure's end date is near, or has passed without the measure implemented: its responsible user is told
 * (or the entity's Conductor, when the responsible person is not a user).
 */
public record MeasureDeadline(Kind kind, Long assessmentId, Long entityId, Long measureId, String code,
        String description, LocalDate endDate, String responsibleUsername) {

    public enum Kind { DUE_SOON, OVERDUE }
}
