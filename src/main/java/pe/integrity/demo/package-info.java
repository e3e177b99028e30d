/**
 * Demo data for the default run: one entity in the middle of its cycle and one with an approved
 * assessment, built through the same use cases and tasks the screens use, so a new user sees the whole
 * flow at once. Off in production (app.demo-data=false).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"assessment", "catalog", "organisation", "review", "workflow", "shared"})
package pe.integrity.demo;
