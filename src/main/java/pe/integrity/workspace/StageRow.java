package pe.integrity.workspace;

/** A stage or activity of a process in scope (Nivel 1). */
record StageRow(Long id, String name, String responsibleUnit, int position) {}
