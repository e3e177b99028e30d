package pe.integrity.catalog;

/**
 * The SIP guide's categories of integrity risk. Labels: {@code practiceCategory.<NAME>} in the catalog
 * bundle (acto de corrupción, inconducta funcional, práctica cuestionable).
 */
public enum PracticeCategory {
    CORRUPTION_ACT,
    MISCONDUCT,
    QUESTIONABLE_PRACTICE;

    /** Message key of the label. */
    public String messageKey() {
        return "practiceCategory." + name();
    }
}
