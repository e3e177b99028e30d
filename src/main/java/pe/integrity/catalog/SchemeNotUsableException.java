package pe.integrity.catalog;

import java.util.List;

/** A scheme version cannot be activated: its DMN tables are missing or inconsistent. */
public class SchemeNotUsableException extends RuntimeException {

    private final transient List<SchemeProblem> problems;

    public SchemeNotUsableException(String schemeCode, List<SchemeProblem> problems) {
        super("scheme " + schemeCode + " is not usable: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<SchemeProblem> problems() {
        return problems;
    }
}
