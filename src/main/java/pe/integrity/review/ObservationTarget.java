package pe.integrity.review;

/** What an observation is about: the assessment as a whole, one risk or one measure. */
public enum ObservationTarget {
    ASSESSMENT,
    RISK,
    MEASURE
}
