package pe.integrity.workspace.page;

/** How many risks sit at a level, before and after controls. */
public record LevelCount(LevelView level, long inherent, long residual) {}
