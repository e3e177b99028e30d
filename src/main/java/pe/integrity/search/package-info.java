/**
 * Search: «Buscar riesgos y medidas», full text over what risks and measures say, in Spanish, ignoring accents and
 * matching plurals (PostgreSQL text search, changelog {@code 0027-search.yaml}), ranked and paged in the database.
 * Every signed-in person searches what they may read: their own entity's risks and measures, or every entity's for
 * SIP, auditors and administrators ({@link pe.integrity.organisation.EntityAccess#readScope}). Read only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"organisation", "shared"})
package pe.integrity.search;
