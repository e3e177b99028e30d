package pe.integrity.search;

import java.util.List;

/**
 * One risk or measure found, with where it is and the page that shows it.
 *
 * @param title the risk's statement, or the measure's description
 * @param snippet what it says around the words found, in parts; the found words are the {@code mark}ed ones
 * @param href the risk's page or the measure's page in its assessment
 */
public record SearchHit(SearchKind kind, Long id, Long assessmentId, Long entityId, String entityName, int periodYear,
        String riskCode, String title, List<Part> snippet, String href) {

    /** A piece of a snippet; {@code mark} when it is a word that matched. */
    public record Part(String text, boolean mark) {}

    /** Control characters cannot reach stored text (the forms refuse them), so they safely mark the matches. */
    static final char START = '\u0002';
    static final char STOP = '\u0003';

    /** Cuts what ts_headline returns at its markers; the template prints each part as text, never as HTML. */
    static List<Part> parts(String headline) {
        List<Part> parts = new java.util.ArrayList<>();
        if (headline == null) {
            return parts;
        }
        StringBuilder text = new StringBuilder();
        boolean mark = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!text.isEmpty()) {
                    parts.add(new Part(text.toString(), mark));
                    text.setLength(0);
                }
                mark = c == START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), mark));
        }
        return parts;
    }
}
