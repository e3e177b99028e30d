/**
 * Notification: e-mail to the people who get a task, a return, a reminder or an escalation, each in their own
 * language. Listens to the workflow's {@code StepAssigned} and {@code DeadlineNotice} after the transaction
 * that caused them commits, so an action that rolls back sends nothing, and a mail server that fails never
 * undoes a user's action (failures are logged). Has no public API of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"assessment", "organisation", "workflow", "shared"})
package pe.integrity.notification;
