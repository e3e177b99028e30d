package pe.integrity.workspace.page;

/**
 * A risk level as shown: its label in the user's language, the scheme's colour and a legible text colour on
 * it. The label is always printed, so colour is never the only cue.
 */
public record LevelView(String code, String label, String colour, String ink) {}
