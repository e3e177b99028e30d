package pe.integrity.assessment;

import java.util.Arrays;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.Typology;
import pe.integrity.shared.InvalidInputException;

/**
 * What kind of integrity risk a risk is: its practice category and, where one fits, its typology. The rule lives
 * here and nowhere else: <b>a typology implies its category</b> (the catalogue says which), and a category stands
 * alone only when no typology is chosen. A risk can therefore never be "acto de corrupción" with a typology of
 * "inconducta funcional".
 */
public final class RiskClassification {

    /** The field of the risk form that carries the choice (its errors are shown there). */
    public static final String FIELD = "classification";

    /**
     * The classification of a choice: the typology's own category when a typology is given (a different category
     * given with it is a contradiction, refused), else the category alone (required).
     */
    public static RiskClassification of(Catalog catalog, PracticeCategory category, String typologyCode) {
        if (typologyCode == null) {
            if (category == null) {
                throw new InvalidInputException(FIELD, "risk.classification.required");
            }
            return new RiskClassification(category, null);
        }
        Typology typology = catalog.typology(typologyCode)
                .orElseThrow(() -> new InvalidInputException(FIELD, "risk.typology.unknown"));
        if (category != null && category != typology.category()) {
            throw new InvalidInputException(FIELD, "risk.typology.otherCategory");
        }
        return new RiskClassification(typology.category(), typology.code());
    }

    private final PracticeCategory category;
    private final String typologyCode;

    private RiskClassification(PracticeCategory category, String typologyCode) {
        this.category = category;
        this.typologyCode = typologyCode;
    }

    /** A risk's classification as already stored (carried into the next period unchanged). */
    static RiskClassification of(Risk stored) {
        return new RiskClassification(stored.getCategory(), stored.getTypologyCode());
    }

    public PracticeCategory category() {
        return category;
    }

    public String typologyCode() {
        return typologyCode;
    }

    /** The category a form value names, or null when the value is not a category's name (then it is a typology). */
    static PracticeCategory categoryNamed(String value) {
        return Arrays.stream(PracticeCategory.values()).filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }
}
