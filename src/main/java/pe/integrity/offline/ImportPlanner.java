package pe.integrity.offline;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.ProcessActivity;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.offline.ImportPlan.Change;
import pe.integrity.offline.ImportPlan.FieldChange;
import pe.integrity.offline.ImportPlan.Problem;

/**
 * Compares a read workbook with the system's data and decides, row by row, what it would create, change or
 * remove, or why it cannot. The forms are the screens' own ({@link RiskForm}, {@link EvaluationForm}) with their
 * Bean Validation rules, so a workbook accepts exactly what the risk and evaluation pages accept; the use cases
 * check again when the plan is applied. A row whose changes someone else's edit has overtaken (its version is not
 * the system's) is refused rather than overwriting that edit; a row already as the system has it is unchanged,
 * whatever its version, so uploading a workbook twice changes nothing the second time.
 */
@Component
class ImportPlanner {

    private static final List<RiskColumn> DESCRIPTION = List.of(RiskColumn.ACTIVITY, RiskColumn.RISKY_BEHAVIOUR,
            RiskColumn.STATEMENT, RiskColumn.CLASSIFICATION, RiskColumn.CONTEXT, RiskColumn.CAUSES,
            RiskColumn.CONSEQUENCES, RiskColumn.ACTORS, RiskColumn.EXISTING_CONTROLS);
    private static final List<RiskColumn> SCORES = List.of(RiskColumn.PROBABILITY, RiskColumn.IMPACT,
            RiskColumn.CONTROL_RATING);
    private static final Map<String, RiskColumn> FIELDS = Map.ofEntries(
            Map.entry("riskyBehaviour", RiskColumn.RISKY_BEHAVIOUR),
            Map.entry("statement", RiskColumn.STATEMENT),
            Map.entry("classification", RiskColumn.CLASSIFICATION),
            Map.entry("context", RiskColumn.CONTEXT),
            Map.entry("causes", RiskColumn.CAUSES),
            Map.entry("consequences", RiskColumn.CONSEQUENCES),
            Map.entry("actors", RiskColumn.ACTORS),
            Map.entry("existingControls", RiskColumn.EXISTING_CONTROLS),
            Map.entry("probability", RiskColumn.PROBABILITY),
            Map.entry("impact", RiskColumn.IMPACT),
            Map.entry("controlRating", RiskColumn.CONTROL_RATING));

    private final Validator validator;
    private final MeasurePlanner measurePlanner;
    private final ProgressPlanner progressPlanner;

    ImportPlanner(Validator validator, MeasurePlanner measurePlanner, ProgressPlanner progressPlanner) {
        this.validator = validator;
        this.measurePlanner = measurePlanner;
        this.progressPlanner = progressPlanner;
    }

    ImportPlan plan(Workbook wb, ReadWorkbook read) {
        checkIdentity(wb, read);
        Rows rows = new Rows(wb);
        for (SheetRow row : read.sheet(WorkbookWriter.RISKS).rows()) {
            rows.take(row);
        }
        List<Problem> problems = new ArrayList<>(rows.problems);
        List<ImportPlan.MeasureChange> measureChanges = List.of();
        int unchanged = rows.unchanged;
        if (wb.plans()) {
            MeasurePlanner.Plan measures = measurePlanner.plan(wb, read.sheet(WorkbookWriter.MEASURES).rows());
            problems.addAll(measures.problems());
            measureChanges = measures.changes();
            unchanged += measures.unchanged();
        }
        List<ImportPlan.ProgressChange> progressChanges = List.of();
        if (wb.reports()) {
            ProgressPlanner.Plan reports = progressPlanner.plan(wb, read.sheet(WorkbookWriter.PROGRESS).rows());
            problems.addAll(reports.problems());
            progressChanges = reports.changes();
            unchanged += reports.unchanged();
        }
        boolean accepted = problems.isEmpty();
        return new ImportPlan(problems, accepted ? rows.changes : List.of(), accepted ? measureChanges : List.of(),
                accepted ? progressChanges : List.of(), unchanged);
    }

    /** A workbook of another entity, assessment or stage, or with other columns, is refused whole. */
    private static void checkIdentity(Workbook wb, ReadWorkbook read) {
        String assessment = read.identity(WorkbookWriter.ASSESSMENT_ROW, 1);
        String entity = read.identity(WorkbookWriter.ENTITY_ROW, 2);
        String stage = read.identity(WorkbookWriter.STAGE_ROW, 2);
        if (assessment == null || entity == null || stage == null) {
            throw new WorkbookRefused("offline.refused.notOurs");
        }
        if (!entity.equals(String.valueOf(wb.assessment().getEntityId()))) {
            throw new WorkbookRefused("offline.refused.otherEntity", read.identity(WorkbookWriter.ENTITY_ROW, 1));
        }
        if (!assessment.equals(String.valueOf(wb.assessment().getId()))) {
            throw new WorkbookRefused("offline.refused.otherAssessment", assessment,
                    read.identity(WorkbookWriter.ASSESSMENT_ROW, 2));
        }
        if (!stage.equals(wb.assessment().getStage().name())) {
            throw new WorkbookRefused("offline.refused.stageChanged", read.identity(WorkbookWriter.STAGE_ROW, 1));
        }
        requireColumns(read.sheet(WorkbookWriter.RISKS), RiskColumn.ALL);
        if (wb.plans()) {
            if (read.sheet(WorkbookWriter.MEASURES) == null) {
                throw new WorkbookRefused("offline.refused.notOurs");
            }
            requireColumns(read.sheet(WorkbookWriter.MEASURES), MeasureColumn.ALL);
        }
        if (wb.reports()) {
            if (read.sheet(WorkbookWriter.PROGRESS) == null) {
                throw new WorkbookRefused("offline.refused.notOurs");
            }
            requireColumns(read.sheet(WorkbookWriter.PROGRESS), ProgressColumn.ALL);
        }
    }

    private static void requireColumns(ReadWorkbook.Sheet sheet, List<? extends Column> columns) {
        List<String> expected = columns.stream().map(Column::header).toList();
        List<String> header = sheet.header();
        if (header.size() < expected.size() || !expected.equals(header.subList(0, expected.size()))) {
            throw new WorkbookRefused("offline.refused.columns");
        }
    }

    /** The state of one planning pass: problems by row and column (one per cell), changes, the risks seen. */
    private final class Rows {

        final Workbook wb;
        final Map<String, Risk> byCode = new HashMap<>();
        final List<Problem> problems = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        final Set<String> codesSeen = new HashSet<>();
        final Map<String, Integer> newStatements = new HashMap<>();
        int unchanged;

        Rows(Workbook wb) {
            this.wb = wb;
            wb.risks().forEach(r -> byCode.put(r.getCode(), r));
        }

        void take(SheetRow row) {
            RowProblems found = new RowProblems(WorkbookWriter.RISKS, row, RiskColumn.ALL);
            String code = row.get(RiskColumn.CODE);
            if (code == null) {
                newRisk(row, found);
            } else {
                existingRisk(row, code, found);
            }
            problems.addAll(found.list());
        }

        private void newRisk(SheetRow row, RowProblems found) {
            if (Choices.YES.equalsIgnoreCase(nz(row.get(RiskColumn.REMOVE))) || onlyLockedCells(row)) {
                return; // a new row marked for removal, or nothing typed where typing counts: nothing to add
            }
            if (!wb.addsRisks()) {
                found.add(RiskColumn.CODE, "offline.problem.noNewRisks");
                return;
            }
            String processCell = row.get(RiskColumn.PROCESS);
            Optional<ProcessInScope> process = processCell == null ? Optional.empty() : wb.choices().process(processCell);
            if (processCell == null) {
                found.add(RiskColumn.PROCESS, "offline.problem.required");
            } else if (process.isEmpty()) {
                found.add(RiskColumn.PROCESS, "offline.problem.unknownProcess", processCell);
            }
            checkRemoveCell(row, found);
            RiskForm form = description(row, process.orElse(null), found);
            EvaluationForm evaluation = wb.scores() && SCORES.stream().anyMatch(c -> row.get(c) != null)
                    ? scores(row, found) : null;
            if (process.isEmpty()) {
                return;
            }
            String statement = nz(form.getStatement()).toLowerCase(Locale.ROOT);
            String key = process.get().getId() + "\n" + statement;
            boolean known = wb.risks().stream().anyMatch(r -> r.getProcess().getId().equals(process.get().getId())
                    && nz(r.getStatement()).toLowerCase(Locale.ROOT).equals(statement));
            if (known && !statement.isEmpty()) {
                unchanged++; // the same risk uploaded again (the file was applied before): not a second copy
                return;
            }
            Integer earlier = newStatements.putIfAbsent(key, row.number());
            if (earlier != null && !statement.isEmpty()) {
                found.add(RiskColumn.STATEMENT, "offline.problem.duplicateRow", earlier);
            }
            List<FieldChange> fields = new ArrayList<>();
            fields.add(new FieldChange(RiskColumn.PROCESS.header(), null, processCell));
            for (RiskColumn c : DESCRIPTION) {
                if (row.get(c) != null) {
                    fields.add(new FieldChange(c.header(), null, row.get(c)));
                }
            }
            if (evaluation != null) {
                SCORES.forEach(c -> fields.add(new FieldChange(c.header(), null, row.get(c))));
            }
            changes.add(new Change(Change.Kind.CREATE, row.number(), null, null, process.get().getId(),
                    wb.choices().processLabel(process.get()), form, evaluation, fields));
        }

        private void existingRisk(SheetRow row, String code, RowProblems found) {
            if (!codesSeen.add(code)) {
                found.add(RiskColumn.CODE, "offline.problem.duplicateCode", code);
                return;
            }
            Risk risk = byCode.get(code);
            if (risk == null) {
                found.add(RiskColumn.CODE, "offline.problem.unknownCode", code);
                return;
            }
            String label = wb.choices().processLabel(risk.getProcess());
            if (wb.addsRisks() && checkRemoveCell(row, found) && Choices.YES.equalsIgnoreCase(nz(row.get(RiskColumn.REMOVE)))) {
                requireCurrent(row, risk, found);
                changes.add(new Change(Change.Kind.REMOVE, row.number(), code, risk.getId(), risk.getProcess().getId(),
                        label, RiskForm.of(risk), null, List.of()));
                return;
            }
            List<FieldChange> fields = new ArrayList<>();
            RiskForm form = null;
            if (wb.addsRisks()) {
                form = description(row, risk.getProcess(), found);
                RiskForm before = RiskForm.of(risk);
                for (RiskColumn c : DESCRIPTION) {
                    String was = shown(c, before, risk);
                    String now = row.get(c);
                    if (!Objects.equals(normal(c, was), normal(c, now))) {
                        fields.add(new FieldChange(c.header(), was, now));
                    }
                }
                if (fields.isEmpty()) {
                    form = null;
                }
            }
            EvaluationForm evaluation = null;
            if (wb.scores()) {
                List<FieldChange> scoreChanges = new ArrayList<>();
                for (RiskColumn c : SCORES) {
                    String was = shownScore(c, risk);
                    String now = row.get(c);
                    if (!Objects.equals(scoreValue(c, was), scoreValue(c, now))) {
                        scoreChanges.add(new FieldChange(c.header(), was, now));
                    }
                }
                if (!scoreChanges.isEmpty()) {
                    evaluation = scores(row, found);
                    fields.addAll(scoreChanges);
                }
            }
            if (fields.isEmpty()) {
                unchanged++;
                return;
            }
            requireCurrent(row, risk, found);
            changes.add(new Change(Change.Kind.UPDATE, row.number(), code, risk.getId(), risk.getProcess().getId(),
                    label, form, evaluation, fields));
        }

        /** The row's version must be the risk's: otherwise someone changed it after the download. */
        private void requireCurrent(SheetRow row, Risk risk, RowProblems found) {
            if (!String.valueOf(risk.getVersion()).equals(row.get(RiskColumn.VERSION))) {
                found.add(RiskColumn.VERSION, "offline.problem.stale", risk.getCode());
            }
        }

        /** "Quitar" is empty or "Sí"; false when it holds anything else (a problem is noted). */
        private boolean checkRemoveCell(SheetRow row, RowProblems found) {
            String v = row.get(RiskColumn.REMOVE);
            if (v != null && !Choices.YES.equalsIgnoreCase(v) && !"si".equalsIgnoreCase(v)) {
                found.add(RiskColumn.REMOVE, "offline.problem.yesOrEmpty");
                return false;
            }
            return true;
        }

        /** The identification form of a row, validated like the risk page's form. */
        private RiskForm description(SheetRow row, ProcessInScope process, RowProblems found) {
            RiskForm f = new RiskForm();
            f.setRiskyBehaviour(row.get(RiskColumn.RISKY_BEHAVIOUR));
            f.setStatement(row.get(RiskColumn.STATEMENT));
            f.setContext(row.get(RiskColumn.CONTEXT));
            f.setCauses(row.get(RiskColumn.CAUSES));
            f.setConsequences(row.get(RiskColumn.CONSEQUENCES));
            f.setActors(row.get(RiskColumn.ACTORS));
            f.setExistingControls(row.get(RiskColumn.EXISTING_CONTROLS));
            String classification = row.get(RiskColumn.CLASSIFICATION);
            if (classification != null) {
                Optional<String> value = wb.choices().classification(classification);
                if (value.isPresent()) {
                    f.setClassification(value.get());
                } else {
                    found.add(RiskColumn.CLASSIFICATION, "offline.problem.unknownClassification", classification);
                }
            }
            String activity = row.get(RiskColumn.ACTIVITY);
            if (activity != null && process != null) {
                Optional<ProcessActivity> stage = process.getStages().stream()
                        .filter(s -> s.getName().equalsIgnoreCase(activity)).findFirst();
                if (stage.isPresent()) {
                    f.setStageId(stage.get().getId());
                } else {
                    found.add(RiskColumn.ACTIVITY, "offline.problem.unknownActivity", activity, process.getName());
                }
            }
            validate(row, f, found);
            return f;
        }

        /** The evaluation form of a row, validated like the evaluation page's form and against the scheme. */
        private EvaluationForm scores(SheetRow row, RowProblems found) {
            EvaluationForm f = new EvaluationForm();
            level(row, RiskColumn.PROBABILITY, wb.choices()::probability, found).ifPresent(f::setProbability);
            level(row, RiskColumn.IMPACT, wb.choices()::impact, found).ifPresent(f::setImpact);
            String rating = row.get(RiskColumn.CONTROL_RATING);
            if (rating == null) {
                found.add(RiskColumn.CONTROL_RATING, "offline.problem.required");
            } else {
                wb.choices().rating(rating).ifPresentOrElse(f::setControlRating, () -> found.add(RiskColumn.CONTROL_RATING, "offline.problem.outOfScheme", rating));
            }
            validate(row, f, found);
            return f;
        }

        private Optional<Integer> level(SheetRow row, RiskColumn column,
                java.util.function.Function<String, Optional<Integer>> parse, RowProblems found) {
            String cell = row.get(column);
            if (cell == null) {
                found.add(column, "offline.problem.required");
                return Optional.empty();
            }
            Optional<Integer> value = parse.apply(cell);
            if (value.isEmpty()) {
                found.add(column, "offline.problem.outOfScheme", cell);
            }
            return value;
        }

        private void validate(SheetRow row, Object form, RowProblems found) {
            found.validate(validator, form, FIELDS);
        }

        private boolean onlyLockedCells(SheetRow row) {
            return !row.any(i -> RiskColumn.at(i) != null && wb.editable(RiskColumn.at(i)));
        }

        private String shown(RiskColumn c, RiskForm f, Risk risk) {
            return switch (c) {
                case ACTIVITY -> risk.getStage() == null ? null : risk.getStage().getName();
                case RISKY_BEHAVIOUR -> f.getRiskyBehaviour();
                case STATEMENT -> f.getStatement();
                case CLASSIFICATION -> wb.choices().classificationLabel(f.getClassification());
                case CONTEXT -> f.getContext();
                case CAUSES -> f.getCauses();
                case CONSEQUENCES -> f.getConsequences();
                case ACTORS -> f.getActors();
                case EXISTING_CONTROLS -> f.getExistingControls();
                default -> null;
            };
        }

        /** Compared as the forms would store them: trimmed, blank as absent, a classification by its value. */
        private String normal(RiskColumn c, String text) {
            String t = text == null || text.isBlank() ? null : text.replace("\r\n", "\n").strip();
            if (t != null && c == RiskColumn.CLASSIFICATION) {
                return wb.choices().classification(t).orElse(t);
            }
            if (t != null && c == RiskColumn.ACTIVITY) {
                return t.toLowerCase(Locale.ROOT);
            }
            return t;
        }

        private String shownScore(RiskColumn c, Risk risk) {
            return switch (c) {
                case PROBABILITY -> wb.choices().probabilityLabel(risk.getProbability());
                case IMPACT -> wb.choices().impactLabel(risk.getImpact());
                case CONTROL_RATING -> wb.choices().ratingLabel(risk.getControlRating());
                default -> null;
            };
        }

        private Object scoreValue(RiskColumn c, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            Optional<?> v = switch (c) {
                case PROBABILITY -> wb.choices().probability(text.strip());
                case IMPACT -> wb.choices().impact(text.strip());
                default -> wb.choices().rating(text.strip());
            };
            return v.isPresent() ? v.get() : text.strip();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
