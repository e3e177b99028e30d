/**
 * Campaign: SIP opens one period's assessments for many entities at once (all, or by entity type, sector and
 * department). A campaign keeps the entities its filter selected and what its launch did in each: opened (through
 * the assessment module's own opening, so the workflow starts the process and the notification module tells the
 * Conductor), already had one for the period, or "sin responsables" (no enabled Conductor). The launch runs in
 * batches as durable jobs ({@link pe.integrity.shared.LaterWork}), each batch one transaction that records its
 * progress and enqueues the next, so a restart resumes where the last committed batch ended and never opens a
 * second assessment for an entity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaign",
        allowedDependencies = {"assessment", "organisation", "shared"})
package pe.integrity.campaign;
