package pe.integrity.offline;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.ProgressForm;
import pe.integrity.offline.ImportPlan.FieldChange;
import pe.integrity.offline.ImportPlan.Problem;
import pe.integrity.offline.ImportPlan.ProgressChange;

/**
 * The "Avance" sheet's part of the plan, while follow-up is open: each changed row becomes a progress report, the
 * report page's own form ({@link ProgressForm}, with its Bean Validation rules and the rule that status and progress
 * agree, {@link MeasureStatus#disagreementWith}). A row as the measure stands is unchanged whatever its version, so
 * the same workbook uploaded again files no second report; a changed row whose version is not the system's is
 * refused rather than overwriting a report someone filed since the download.
 */
@Component
class ProgressPlanner {

    private static final Map<String, ProgressColumn> FIELDS = Map.of("status", ProgressColumn.STATUS,
            "progress", ProgressColumn.PROGRESS, "comment", ProgressColumn.COMMENT);

    private final Validator validator;

    ProgressPlanner(Validator validator) {
        this.validator = validator;
    }

    record Plan(List<Problem> problems, List<ProgressChange> changes, int unchanged) {}

    Plan plan(Workbook wb, List<SheetRow> rows) {
        Map<String, Measure> byNumber = new HashMap<>();
        wb.measures().forEach(m -> byNumber.put(String.valueOf(m.getId()), m));
        List<Problem> problems = new ArrayList<>();
        List<ProgressChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        for (SheetRow row : rows) {
            RowProblems found = new RowProblems(WorkbookWriter.PROGRESS, row, ProgressColumn.ALL);
            String number = row.get(ProgressColumn.NUMBER);
            if (number == null) {
                if (row.any(i -> i >= ProgressColumn.STATUS.index() && i <= ProgressColumn.COMMENT.index())) {
                    found.add(ProgressColumn.NUMBER, "offline.problem.noNewMeasures");
                }
                problems.addAll(found.list());
                continue;
            }
            Measure m = byNumber.get(number);
            if (!seen.add(number)) {
                found.add(ProgressColumn.NUMBER, "offline.problem.duplicateMeasure", number);
            } else if (m == null) {
                found.add(ProgressColumn.NUMBER, "offline.problem.unknownReportable", number);
            }
            if (found.has(ProgressColumn.NUMBER)) {
                problems.addAll(found.list());
                continue;
            }
            ProgressForm before = ProgressForm.of(m);
            ProgressForm form = form(wb, row, found);
            List<FieldChange> fields = new ArrayList<>();
            if (!found.has(ProgressColumn.STATUS) && form.getStatus() != before.getStatus()) {
                fields.add(new FieldChange(ProgressColumn.STATUS.header(), wb.choices().statusLabel(before.getStatus()),
                        wb.choices().statusLabel(form.getStatus())));
            }
            if (!found.has(ProgressColumn.PROGRESS) && !Objects.equals(form.getProgress(), before.getProgress())) {
                fields.add(new FieldChange(ProgressColumn.PROGRESS.header(), before.getProgress() + " %",
                        form.getProgress() == null ? null : form.getProgress() + " %"));
            }
            if (!Objects.equals(normal(form.getComment()), normal(before.getComment()))) {
                fields.add(new FieldChange(ProgressColumn.COMMENT.header(), before.getComment(), form.getComment()));
            }
            if (fields.isEmpty() && found.list().isEmpty()) {
                unchanged++;
                continue;
            }
            if (!String.valueOf(m.getVersion()).equals(row.get(ProgressColumn.VERSION))) {
                found.add(ProgressColumn.VERSION, "offline.problem.staleReport", m.getCode());
            }
            changes.add(new ProgressChange(row.number(), m.getCode(), m.getRisk().getCode(), m.getId(),
                    m.getDescription(), form, fields));
            problems.addAll(found.list());
        }
        return new Plan(problems, changes, unchanged);
    }

    /** The report page's form from a row, validated as that page validates it. */
    private ProgressForm form(Workbook wb, SheetRow row, RowProblems found) {
        ProgressForm f = new ProgressForm();
        String status = row.get(ProgressColumn.STATUS);
        if (status != null) {
            wb.choices().status(status).ifPresentOrElse(f::setStatus,
                    () -> found.add(ProgressColumn.STATUS, "offline.problem.unknownStatus", status));
        }
        String progress = row.get(ProgressColumn.PROGRESS);
        if (progress != null) {
            Integer percent = percent(progress);
            if (percent == null) {
                found.add(ProgressColumn.PROGRESS, "offline.problem.percent", progress);
            }
            f.setProgress(percent);
        }
        f.setComment(row.get(ProgressColumn.COMMENT));
        found.validate(validator, f, FIELDS);
        if (f.getStatus() != null && f.getProgress() != null) {
            String disagreement = f.getStatus().disagreementWith(f.getProgress());
            if (disagreement != null) {
                found.add(ProgressColumn.PROGRESS, disagreement);
            }
        }
        return f;
    }

    /**
     * A whole percentage from 0 to 100, as typed ("40", "40 %") or as a spreadsheet shows a percent-formatted cell
     * ("40%"); null for anything else.
     */
    static Integer percent(String cell) {
        String t = cell.replace("%", "").replace(',', '.').strip();
        try {
            BigDecimal value = new BigDecimal(t);
            if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.ZERO) < 0
                    || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                return null;
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static String normal(String text) {
        return text == null || text.isBlank() ? null : text.replace("\r\n", "\n").strip();
    }
}
