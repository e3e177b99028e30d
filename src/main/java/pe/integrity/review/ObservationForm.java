package pe.integrity.review;

import pe.integrity.shared.MultiLine;

/**
 * One observation as the reviewer writes it. The screen offers a single choice of target encoded as
 * {@code ASSESSMENT}, {@code RISK:12} or {@code MEASURE:34} ({@link #setTarget}); services use the typed fields.
 */
public class ObservationForm {

    static final int MAX_TEXT = 4000;

    private ObservationTarget targetType = ObservationTarget.ASSESSMENT;
    private Long targetId;
    @MultiLine
    private String text;

    public ObservationForm() {}

    public ObservationForm(ObservationTarget targetType, Long targetId, String text) {
        this.targetType = targetType;
        this.targetId = targetId;
        setText(text);
    }

    public static ObservationForm onAssessment(String text) {
        return new ObservationForm(ObservationTarget.ASSESSMENT, null, text);
    }

    public static ObservationForm onRisk(Long riskId, String text) {
        return new ObservationForm(ObservationTarget.RISK, riskId, text);
    }

    public static ObservationForm onMeasure(Long measureId, String text) {
        return new ObservationForm(ObservationTarget.MEASURE, measureId, text);
    }

    /** A row the reviewer left untouched: no text and the default target. */
    public boolean isBlank() {
        return text == null && targetType == ObservationTarget.ASSESSMENT;
    }

    public ObservationTarget getTargetType() {
        return targetType;
    }

    public void setTargetType(ObservationTarget targetType) {
        this.targetType = targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        String stripped = text == null ? null : text.strip();
        this.text = stripped == null || stripped.isEmpty() ? null : stripped;
    }

    /** The select's value: {@code ASSESSMENT}, {@code RISK:12} or {@code MEASURE:34}. */
    public String getTarget() {
        return targetType == null || targetType == ObservationTarget.ASSESSMENT || targetId == null
                ? ObservationTarget.ASSESSMENT.name()
                : targetType.name() + ":" + targetId;
    }

    /** Unknown or malformed values become a target that validation rejects, never an exception while binding. */
    public void setTarget(String target) {
        if (target == null || target.isBlank() || target.equals(ObservationTarget.ASSESSMENT.name())) {
            this.targetType = ObservationTarget.ASSESSMENT;
            this.targetId = null;
            return;
        }
        int colon = target.indexOf(':');
        try {
            this.targetType = ObservationTarget.valueOf(target.substring(0, Math.max(colon, 0)));
            this.targetId = Long.valueOf(target.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            this.targetType = null;
            this.targetId = null;
        }
    }
}
