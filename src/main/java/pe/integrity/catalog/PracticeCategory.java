package pe.integrity.catalog;

/** The guide's three kinds of practice a risk may lead to. */
public enum PracticeCategory {
    CORRUPTION_ACT,
    MISCONDUCT,
    QUESTIONABLE_PRACTICE
}
