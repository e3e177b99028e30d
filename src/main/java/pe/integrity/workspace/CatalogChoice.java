package pe.integrity.workspace;

/** An option of a catalogue select: stored code and label in the user's language. */
record CatalogChoice(String code, String label, String group) {}
