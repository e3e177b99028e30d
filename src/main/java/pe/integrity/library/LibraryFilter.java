package pe.integrity.library;

import pe.integrity.organisation.EntityType;

/**
 * What SIP's curation list shows: optionally one typology, one entity type, and one state of SIP's decision.
 *
 * @param typologyCode null for every typology
 * @param entityType null for every type
 * @param state null for every state
 */
public record LibraryFilter(String typologyCode, EntityType entityType, State state) {

    /** Where a measure stands in the library after SIP's decisions. */
    public enum State {
        /** Shared with other entities (SIP excluded neither it nor its register). */
        SHARED,
        /** Shared and marked as a good practice. */
        GOOD_PRACTICE,
        /** Kept out of the library: the measure or its whole register. */
        EXCLUDED
    }

    public LibraryFilter {
        typologyCode = typologyCode == null || typologyCode.isBlank() ? null : typologyCode.strip();
    }
}
