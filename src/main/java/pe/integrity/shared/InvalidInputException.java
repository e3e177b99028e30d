package pe.integrity.shared;

/**
 * A rule that Bean Validation cannot check on the form alone (uniqueness, role and entity combinations).
 * Carries a message code and the form field it concerns, so the screen shows it next to the field.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidInputException(String field, String code) {
        super(code + " on " + field);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
