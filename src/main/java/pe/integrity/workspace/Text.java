package pe.integrity.workspace;

/** Trimmed text from forms; blank means absent. */
final class Text {

    private Text() {}

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
