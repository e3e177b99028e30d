package pe.integrity.catalog;

/** No scoring scheme is registered under the code. */
public class UnknownSchemeException extends ScoringInputException {

    public UnknownSchemeException(String schemeCode) {
        super("scoring.scheme.unknown", schemeCode);
    }
}
