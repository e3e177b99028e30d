package pe.integrity.workspace.page;

/** Trimmed text from forms; blank means absent. */
public final class Text {

    private Text() {}

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
