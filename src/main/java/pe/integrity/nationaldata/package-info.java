/**
 * National data: a deterministic generator that fills the database with a country's worth of entities, users,
 * assessments in every stage (with their process instances in the engine), risks, measures and follow-up
 * reports, for benchmarks and load checks. Off unless app.national-data.generate=true. Rows go in with PostgreSQL's COPY; process instances
 * through the workflow module's ProcessSeeding, so the engine stays behind that module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National data",
        allowedDependencies = {"assessment", "workflow", "shared"})
package pe.integrity.nationaldata;
