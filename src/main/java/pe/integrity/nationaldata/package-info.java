/**
 * National data: a deterministic generator that fills the database with a country's worth of entities, users,
 * assessments in every stage (with their process instances in the engine), risks, measures and follow-up
 * reports, for benchmarks and load checks. Off unless {@code app.national-data.generate=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National data")
package pe.integrity.nationaldata;
