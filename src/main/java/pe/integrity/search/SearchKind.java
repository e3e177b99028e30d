package pe.integrity.search;

/** What a search result is: a risk or a measure of a risk. */
public enum SearchKind {
    RISK,
    MEASURE
}
