package pe.integrity.register.national;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every label and colour one national workbook needs, read once before streaming starts so the row loop
 * never calls a service: codes stored in the database become the words people read. Unknown codes are
 * written as they are, never dropped. Look-ups go through nested maps (kind → code), so the row loop builds
 * no key strings.
 */
public final class NationalVocabulary {

    private final Function<String, String> messages;
    private final Map<String, Map<String, String>> labels = new HashMap<>();
    private final Map<String, Map<String, Level>> levels = new HashMap<>();

    /** @param messages message key to text in the reader's language (headers, enum labels); null if unknown */
    NationalVocabulary(Function<String, String> messages) {
        this.messages = messages;
    }

    /** A level of a scheme: its label, colour ({@code #RRGGBB}, may be null) and rank (1 = lowest). */
    record Level(String label, String colour, int rank) {}

    NationalVocabulary level(String schemeCode, String levelCode, String label, String colour, int rank) {
        levels.computeIfAbsent(schemeCode, k -> new HashMap<>()).put(levelCode, new Level(label, colour, rank));
        return this;
    }

    NationalVocabulary label(String kind, String code, String label) {
        labels.computeIfAbsent(kind, k -> new HashMap<>()).put(code, label);
        return this;
    }

    String message(String key) {
        String text = messages.apply(key);
        return text != null ? text : key;
    }

    /**
     * The label of a coded value of some kind ({@code typology}, {@code stage}...), or the code itself. Kinds
     * not given explicitly come from the message bundles ({@code kind.CODE}), looked up once per code.
     */
    String label(String kind, String code) {
        if (code == null) {
            return null;
        }
        Map<String, String> ofKind = labels.computeIfAbsent(kind, k -> new HashMap<>());
        String label = ofKind.get(code);
        if (label == null) {
            String text = messages.apply(kind + '.' + code);
            label = text != null ? text : code;
            ofKind.put(code, label);
        }
        return label;
    }

    /** Labels of the control ratings of one scheme. */
    String controlRating(String schemeCode, String ratingCode) {
        if (ratingCode == null) {
            return null;
        }
        Map<String, String> ofScheme = labels.get(controlRatingKind(schemeCode));
        String label = ofScheme == null ? null : ofScheme.get(ratingCode);
        return label != null ? label : ratingCode;
    }

    NationalVocabulary controlRating(String schemeCode, String ratingCode, String label) {
        return label(controlRatingKind(schemeCode), ratingCode, label);
    }

    private static String controlRatingKind(String schemeCode) {
        return "controlRating:" + schemeCode;
    }

    /** The level of a scheme, or a neutral stand-in for a code the scheme does not define. */
    Level level(String schemeCode, String levelCode) {
        Map<String, Level> ofScheme = levels.get(schemeCode);
        Level level = ofScheme == null ? null : ofScheme.get(levelCode);
        return level != null ? level : new Level(levelCode, null, Integer.MAX_VALUE);
    }
}
