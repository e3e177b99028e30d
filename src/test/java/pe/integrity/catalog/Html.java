package pe.integrity.catalog;

/** Text as Thymeleaf's th:text writes it: only markup characters are escaped, accents stay as they are. */
final class Html {

    private Html() {}

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
