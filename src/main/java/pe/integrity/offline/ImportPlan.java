package pe.integrity.offline;

import java.util.List;
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.RiskForm;

/**
 * What a workbook would do, decided before anything is written: every problem found (all at once, each with its
 * row and column), or the changes to apply and how many rows are already as the system has them.
 */
public record ImportPlan(List<Problem> problems, List<Change> changes, List<MeasureChange> measureChanges,
        List<ProgressChange> progressChanges, int unchanged) {

    /** Whether applying it would change something. */
    public boolean changesSomething() {
        return !changes.isEmpty() || !measureChanges.isEmpty() || !progressChanges.isEmpty();
    }

    public long measureCreates() {
        return measureChanges.stream().filter(c -> c.kind() == Change.Kind.CREATE).count();
    }

    public long measureUpdates() {
        return measureChanges.stream().filter(c -> c.kind() == Change.Kind.UPDATE).count();
    }

    public long measureRemoves() {
        return measureChanges.stream().filter(c -> c.kind() == Change.Kind.REMOVE).count();
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public long creates() {
        return count(Change.Kind.CREATE);
    }

    public long updates() {
        return count(Change.Kind.UPDATE);
    }

    public long removes() {
        return count(Change.Kind.REMOVE);
    }

    private long count(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /**
     * A refusal of one cell: its sheet, Excel's row number, the column's header, a message code and its arguments.
     */
    public record Problem(String sheet, int row, String column, String code, Object... args) {}

    /** One field as the system has it and as the workbook would leave it. */
    public record FieldChange(String column, String before, String after) {}

    /**
     * A risk to create, change or remove. {@code form} is the identification to save (when the stage allows it),
     * {@code evaluation} the scores to save (when the stage allows it and they changed).
     */
    public record Change(Kind kind, int row, String code, Long riskId, Long processId, String process, RiskForm form,
            EvaluationForm evaluation, List<FieldChange> fields) {

        public enum Kind { CREATE, UPDATE, REMOVE }

        /** For the preview: what the row is about. */
        public String statement() {
            return form != null && form.getStatement() != null ? form.getStatement() : "";
        }
    }

    /** A measure to create (on risk {@code riskId}), change or remove ({@code measureId}). */
    public record MeasureChange(Change.Kind kind, int row, String code, String riskCode, Long riskId, Long measureId,
            pe.integrity.assessment.MeasureForm form, List<FieldChange> fields) {}

    /** A progress report to file on measure {@code measureId}, from a row of the "Avance" sheet. */
    public record ProgressChange(int row, String code, String riskCode, Long measureId, String description,
            pe.integrity.assessment.ProgressForm form, List<FieldChange> fields) {}
}
