package pe.integrity.offline;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.integrity.offline.ImportPlan.Problem;

/**
 * The problems of one row of a data sheet, one per cell (the first found), listed in the sheet's column order. A
 * form's Bean Validation violations become problems of the cells their fields come from.
 */
final class RowProblems {

    private final String sheet;
    private final SheetRow row;
    private final Map<Column, Problem> found = new LinkedHashMap<>();

    RowProblems(String sheet, SheetRow row, List<? extends Column> columns) {
        this.sheet = sheet;
        this.row = row;
        for (Column c : columns) {
            String value = row.get(c);
            if (value != null && value.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')) {
                add(c, "offline.problem.control");
            }
        }
    }

    void add(Column column, String code, Object... args) {
        found.putIfAbsent(column, new Problem(sheet, row.number(), column.header(), code, args));
    }

    boolean has(Column column) {
        return found.containsKey(column);
    }

    /** The violations of the screen's form, on the cells of its fields ({@code fields}: property → column). */
    void validate(Validator validator, Object form, Map<String, ? extends Column> fields) {
        for (ConstraintViolation<Object> v : validator.validate(form)) {
            Column column = fields.get(v.getPropertyPath().toString());
            if (column == null) {
                continue;
            }
            if (v.getConstraintDescriptor().getAnnotation() instanceof Size size) {
                add(column, "offline.problem.tooLong", String.valueOf(size.max()));
            } else {
                add(column, "offline.problem.required");
            }
        }
    }

    List<Problem> list() {
        return found.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().index()))
                .map(Map.Entry::getValue).toList();
    }
}
