package pe.integrity.register;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every label and colour one national workbook needs, read once before streaming starts so the row loop
 * never calls a service: codes stored in the database become the words people read. Unknown codes are
 * written as they are, never dropped.
 */
final class NationalVocabulary {

    private final Function<String, String> messages;
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Level> levels = new HashMap<>();

    /** @param messages message key to text in the reader's language (headers, enum labels); null if unknown */
    NationalVocabulary(Function<String, String> messages) {
        this.messages = messages;
    }

    /** A level of a scheme: its label, colour ({@code #RRGGBB}, may be null) and rank (1 = lowest). */
    record Level(String label, String colour, int rank) {}

    NationalVocabulary level(String schemeCode, String levelCode, String label, String colour, int rank) {
        levels.put(schemeCode + '|' + levelCode, new Level(label, colour, rank));
        return this;
    }

    NationalVocabulary label(String kind, String code, String label) {
        labels.put(kind + '|' + code, label);
        return this;
    }

    String message(String key) {
        String text = messages.apply(key);
        return text != null ? text : key;
    }

    /** The label of a coded value of some kind (typology, controlRating|scheme...), or the code itself. */
    String label(String kind, String code) {
        if (code == null) {
            return null;
        }
        String label = labels.get(kind + '|' + code);
        if (label == null) {
            String text = messages.apply(kind + '.' + code);
            label = text != null ? text : code;
            labels.put(kind + '|' + code, label);
        }
        return label;
    }

    /** The level of a scheme, or a neutral stand-in for a code the scheme does not define. */
    Level level(String schemeCode, String levelCode) {
        Level level = levels.get(schemeCode + '|' + levelCode);
        return level != null ? level : new Level(levelCode, null, Integer.MAX_VALUE);
    }
}
