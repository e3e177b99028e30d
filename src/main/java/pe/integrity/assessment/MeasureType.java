package pe.integrity.assessment;

public enum MeasureType {
    PREVENTIVE,
    DETECTIVE
}
