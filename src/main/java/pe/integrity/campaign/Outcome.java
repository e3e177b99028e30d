package pe.integrity.campaign;

/** What a campaign's launch did for one of its entities. */
public enum Outcome {
    /** Its batch has not run yet. */
    PENDING,
    /** The assessment of the period was opened and its Conductor told. */
    LAUNCHED,
    /** No enabled Conductor: nobody could start the work, so nothing was opened ("sin responsables"). */
    NO_CONDUCTOR,
    /** The entity already had an assessment for the period (its own, or an earlier campaign's). */
    ALREADY_OPEN
}
