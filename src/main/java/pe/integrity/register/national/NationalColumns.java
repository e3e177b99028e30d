package pe.integrity.register.national;

/**
 * Headers (message keys) and widths (characters) of the national register's data sheets. The writer
 * fills cells in this order.
 */
public final class NationalColumns {

    private NationalColumns() {}

    static final String[] RISK_KEYS = {
        "entity", "entityType", "sector", "department", "period", "stage", "scheme", "process", "riskCode",
        "statement", "category", "typology", "probability", "impact", "inherentLevel", "controlRating",
        "residualLevel", "response"
    };

    static final int[] RISK_WIDTHS = {45, 24, 28, 16, 9, 22, 16, 32, 9, 80, 22, 28, 12, 10, 16, 20, 16, 12};

    static final String[] MEASURE_KEYS = {
        "entity", "entityType", "sector", "department", "period", "stage", "riskCode", "residualLevel",
        "measure", "measureType", "causeAddressed", "responsibleUnit", "responsiblePerson", "startDate",
        "endDate", "indicator", "targetValue", "verificationMeans", "resources", "measureStatus", "progress", "overdue"
    };

    static final int[] MEASURE_WIDTHS = {45, 24, 28, 16, 9, 22, 9, 16, 60, 14, 30, 28, 28, 12, 12, 40, 24, 32, 28, 16, 10, 9};

    static String[] riskHeaders(NationalVocabulary vocabulary) {
        return headers(vocabulary, RISK_KEYS);
    }

    static String[] measureHeaders(NationalVocabulary vocabulary) {
        return headers(vocabulary, MEASURE_KEYS);
    }

    private static String[] headers(NationalVocabulary vocabulary, String[] keys) {
        String[] labels = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            labels[i] = vocabulary.message("national.column." + keys[i]);
        }
        return labels;
    }
}
