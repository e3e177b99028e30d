package pe.integrity.assessment;

/** Small input normalisation shared by the forms: trimmed text, blank means absent. */
final class Forms {

    private Forms() {}

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
