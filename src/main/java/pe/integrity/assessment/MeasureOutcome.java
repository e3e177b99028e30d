package pe.integrity.assessment;

/**
 * What becomes of a measure when its period ends: implemented, carried over into the next period's plan (the
 * default for a measure not implemented), or dropped by the Conductor with a reason.
 */
public enum MeasureOutcome {
    IMPLEMENTED,
    CARRIED_OVER,
    DROPPED
}
