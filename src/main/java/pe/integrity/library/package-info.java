/**
 * Library of measures (peer learning): the measures of approved registers, shared with entities of the same kind
 * so that an entity writing its treatment plan can learn from them, without the names of people.
 *
 * <p>{@link pe.integrity.library.MeasureLibrary} reads it: SIP's curation list (also read by auditors) and the
 * suggestions for one risk of a plan; {@link pe.integrity.library.LibraryCuration} records what SIP decided (a
 * measure or a whole register excluded, a measure marked as a good practice). Read-only SQL over the assessment
 * module's tables, as the dashboard does; the module's own tables hold only SIP's decisions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Library of measures",
        allowedDependencies = {"assessment", "catalog", "organisation", "shared"})
package pe.integrity.library;
