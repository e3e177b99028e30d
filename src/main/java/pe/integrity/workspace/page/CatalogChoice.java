package pe.integrity.workspace.page;

/** An option of a catalogue select: stored code and label in the user's language. */
public record CatalogChoice(String code, String label, String group) {}
