package pe.integrity.workspace;

/**
 * A risk level as shown: its label in the user's language, the scheme's colour and a legible text colour on
 * it. The label is always printed, so colour is never the only cue.
 */
record LevelView(String code, String label, String colour, String ink) {}
