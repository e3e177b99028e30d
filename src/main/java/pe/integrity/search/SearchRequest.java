package pe.integrity.search;

import pe.integrity.organisation.EntityType;

/**
 * What a person asked for on the search page. The entity filters (type, sector, department, entity name) count only
 * for those who read every entity; for anyone else the search stays in their own entity whatever the URL says.
 *
 * @param text the words typed, in web search syntax ("una frase", -palabra, or)
 * @param entity part of an entity's name or acronym
 */
public record SearchRequest(String text, SearchKind kind, Integer periodYear, EntityType entityType, String sector,
        String department, String entity, int page) {

    /** Longer than a question needs; keeps the query the database builds small. */
    public static final int MAX_LENGTH = 200;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        sector = blankToNull(sector);
        department = blankToNull(department);
        entity = blankToNull(entity);
        page = Math.max(page, 0);
    }

    /** The message key of what is wrong with the words typed, or null when they can be searched. */
    String problem() {
        if (text.isEmpty()) {
            return "search.error.empty";
        }
        return text.length() > MAX_LENGTH ? "search.error.tooLong" : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
