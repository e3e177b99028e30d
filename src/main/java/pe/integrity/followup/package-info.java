/**
 * Follow-up: progress reports on measures and overdue flags.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Followup")
package pe.integrity.followup;
