package pe.integrity.offline;

import java.util.List;
import pe.integrity.assessment.StageWork;

/**
 * The columns of the workbook's "Avance" sheet (follow-up), in order: a progress report per measure, the rest of the
 * measure shown for reference. As on the "Medidas" sheet, the key is the measure's internal number.
 */
enum ProgressColumn implements Column {

    NUMBER("N.º interno (no modificar)", null, 12),
    CODE("Código", null, 11),
    RISK("Riesgo", null, 11),
    DESCRIPTION("Medida", null, 48),
    OWNER("Responsable", null, 28),
    END("Fin (dd/mm/aaaa)", null, 14),
    STATUS("Estado", StageWork.FOLLOW_UP, 16),
    PROGRESS("Avance (%)", StageWork.FOLLOW_UP, 11),
    COMMENT("Comentario del avance", StageWork.FOLLOW_UP, 48),
    VERSION("Versión (no modificar)", null, 11);

    static final List<ProgressColumn> ALL = List.of(values());

    private final Spec spec;

    ProgressColumn(String header, StageWork work, int width) {
        this.spec = new Spec(header, work, width);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
