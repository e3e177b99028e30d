package pe.integrity.catalog;

import java.util.List;

/** Something wrong with a scheme's tables, as a message key of the catalog bundle and its arguments. */
public record SchemeProblem(String messageKey, List<Object> args) {

    public SchemeProblem {
        args = List.copyOf(args);
    }

    static SchemeProblem of(String messageKey, Object... args) {
        return new SchemeProblem(messageKey, List.of(args));
    }
}
