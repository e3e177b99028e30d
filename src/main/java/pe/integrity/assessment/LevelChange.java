package pe.integrity.assessment;

/** How a risk's level moved from its inherent level to its residual level at close, on the scheme's ranks. */
public enum LevelChange {
    FELL,
    SAME,
    ROSE,
    /** Not evaluated, or not rated at close. */
    NOT_RATED
}
