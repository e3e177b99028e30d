package pe.integrity.api;

import pe.integrity.shared.InvalidInputException;

/** The paging every collection of the API takes: {@code page} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
final class Paging {

    static final int MAX_SIZE = 100;
    /** The longest search text a collection filter takes (as /verificar's code field). */
    static final int MAX_TEXT = 200;

    private Paging() {}

    static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "api.page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "api.page.size");
        }
    }

    static void checkText(String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "api.text.tooLong");
        }
    }
}
