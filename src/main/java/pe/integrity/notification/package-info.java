/**
 * Notification: e-mail to the people who get a task, a return, a reminder or an escalation, each in their own
 * language. Turns the workflow's {@code StepAssigned} and {@code DeadlineNotice} into durable jobs inside the
 * transaction that caused them, so an action that rolls back sends nothing, a committed one is mailed even after a
 * crash, and a mail server that fails never undoes a user's action (the job is retried). Has no public API of its
 * own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"assessment", "organisation", "workflow", "shared"})
package pe.integrity.notification;
