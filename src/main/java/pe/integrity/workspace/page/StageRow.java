package pe.integrity.workspace.page;

/** A stage or activity of a process in scope (Nivel 1). */
public record StageRow(Long id, String name, String responsibleUnit, int position) {}
