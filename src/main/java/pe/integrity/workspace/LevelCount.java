package pe.integrity.workspace;

/** How many risks sit at a level, before and after controls. */
record LevelCount(LevelView level, long inherent, long residual) {}
