package pe.integrity.history;

/**
 * One field of an entity that a revision changed.
 *
 * @param field the column name; its label is the message {@code history.field.<column>}
 * @param before the value before (null: empty or not recorded)
 * @param after the value after (null: emptied)
 * @param codePrefix for a code with a name (stage, status, ...), the message key prefix of its names, else null
 */
public record FieldChange(String field, String before, String after, String codePrefix) {

    public String beforeKey() {
        return codePrefix == null || before == null ? null : codePrefix + before;
    }

    public String afterKey() {
        return codePrefix == null || after == null ? null : codePrefix + after;
    }
}
