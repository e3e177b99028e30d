/**
 * History: who changed what and when on an assessment, for auditors, SIP reviewers and the entity's Conductor and
 * Alta Dirección. Hibernate Envers records a revision ({@link pe.integrity.history.Revision}: author and time) for
 * every transaction that changes an audited entity of module {@code assessment}, with the changed rows in
 * {@code <table>_aud}; {@link pe.integrity.history.EntityHistory} reads those tables a page at a time and
 * {@link pe.integrity.history.Timeline} merges them, in time order, with the process history the workflow module
 * reports ({@link pe.integrity.workflow.ProcessHistory}: tasks completed, decisions, timers fired). Read only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "History",
        allowedDependencies = {"assessment", "organisation", "workflow", "shared"})
package pe.integrity.history;
