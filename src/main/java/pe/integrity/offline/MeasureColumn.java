package pe.integrity.offline;

import java.util.List;
import pe.integrity.assessment.StageWork;

/**
 * The columns of the workbook's "Medidas" sheet (treatment), in order. A measure's code (R-01-M2) follows its place
 * among its risk's measures and may change when one is removed, so the key is the measure's internal number.
 */
enum MeasureColumn implements Column {

    NUMBER("N.º interno (no modificar)", null, 12),
    CODE("Código", null, 11),
    RISK("Riesgo", StageWork.TREATMENT, 11),
    DESCRIPTION("Descripción de la medida", StageWork.TREATMENT, 48),
    TYPE("Tipo", StageWork.TREATMENT, 14),
    CAUSE("Causa que atiende", StageWork.TREATMENT, 30),
    UNIT("Unidad responsable", StageWork.TREATMENT, 24),
    OWNER("Responsable (usuario del sistema)", StageWork.TREATMENT, 30),
    PERSON("Responsable (nombre, si no es usuario)", StageWork.TREATMENT, 26),
    START("Inicio (dd/mm/aaaa)", StageWork.TREATMENT, 14),
    END("Fin (dd/mm/aaaa)", StageWork.TREATMENT, 14),
    INDICATOR("Indicador", StageWork.TREATMENT, 30),
    TARGET("Meta", StageWork.TREATMENT, 16),
    MEANS("Medio de verificación", StageWork.TREATMENT, 30),
    RESOURCES("Recursos", StageWork.TREATMENT, 24),
    REMOVE("Quitar", StageWork.TREATMENT, 9),
    VERSION("Versión (no modificar)", null, 11);

    static final List<MeasureColumn> ALL = List.of(values());

    private final Spec spec;

    MeasureColumn(String header, StageWork work, int width) {
        this.spec = new Spec(header, work, width);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
