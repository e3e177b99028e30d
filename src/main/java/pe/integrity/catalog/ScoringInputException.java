package pe.integrity.catalog;

import java.util.Arrays;

/**
 * A value that the scoring scheme does not define (a probability outside its axis, an unknown level or
 * control rating code...). Carries a message key of the catalog bundle and its arguments, so a screen can
 * show it in the user's language.
 */
public class ScoringInputException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] args;

    public ScoringInputException(String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** Key in i18n/catalog.properties, e.g. {@code scoring.probability.outOfRange}. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments of the message ({0}, {1}...). */
    public Object[] args() {
        return args.clone();
    }
}
