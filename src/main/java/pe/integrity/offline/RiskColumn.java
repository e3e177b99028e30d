package pe.integrity.offline;

import java.util.List;
import pe.integrity.assessment.StageWork;

/**
 * The columns of the workbook's "Riesgos" sheet, in order: the file format the download writes and the import
 * reads (by position, after checking the header row). The Spanish headers are part of that format, like the
 * registers' templates. {@link #work} is the kind of work that may change the column; {@code null} marks a key
 * column nobody changes.
 */
enum RiskColumn implements Column {

    CODE("Código", null, 9),
    PROCESS("Proceso", StageWork.IDENTIFICATION, 28),
    ACTIVITY("Etapa del proceso (opcional)", StageWork.IDENTIFICATION, 22),
    RISKY_BEHAVIOUR("Conducta de riesgo", StageWork.IDENTIFICATION, 40),
    STATEMENT("Enunciado del riesgo", StageWork.IDENTIFICATION, 48),
    CLASSIFICATION("Tipología o categoría", StageWork.IDENTIFICATION, 40),
    CONTEXT("Contexto", StageWork.IDENTIFICATION, 30),
    CAUSES("Causas", StageWork.IDENTIFICATION, 30),
    CONSEQUENCES("Consecuencias", StageWork.IDENTIFICATION, 30),
    ACTORS("Actores", StageWork.IDENTIFICATION, 24),
    EXISTING_CONTROLS("Controles existentes", StageWork.IDENTIFICATION, 30),
    PROBABILITY("Probabilidad", StageWork.EVALUATION, 20),
    IMPACT("Impacto", StageWork.EVALUATION, 20),
    CONTROL_RATING("Valoración de los controles", StageWork.EVALUATION, 22),
    REMOVE("Quitar", StageWork.IDENTIFICATION, 9),
    VERSION("Versión (no modificar)", null, 11);

    static final List<RiskColumn> ALL = List.of(values());

    private final Spec spec;

    RiskColumn(String header, StageWork work, int width) {
        this.spec = new Spec(header, work, width);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    static RiskColumn at(int index) {
        return index >= 0 && index < ALL.size() ? ALL.get(index) : null;
    }
}
