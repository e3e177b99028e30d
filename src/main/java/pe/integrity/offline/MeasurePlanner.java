package pe.integrity.offline;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.Risk;
import pe.integrity.offline.ImportPlan.Change.Kind;
import pe.integrity.offline.ImportPlan.FieldChange;
import pe.integrity.offline.ImportPlan.MeasureChange;
import pe.integrity.offline.ImportPlan.Problem;

/**
 * The "Medidas" sheet's part of the plan, while treatment is open: each row becomes the measure page's own form
 * ({@link MeasureForm}, with its Bean Validation rules and its dates rule, {@link MeasureForm#datesProblem}), and is
 * compared with the measure as the system has it, keyed by its internal number. As for risks: unchanged rows are
 * unchanged whatever their version, a changed row whose version is not the system's is refused, and a new row
 * repeating a measure of the same risk (same description) is that measure.
 */
@Component
class MeasurePlanner {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final List<MeasureColumn> FIELDS_COMPARED = List.of(MeasureColumn.DESCRIPTION, MeasureColumn.TYPE,
            MeasureColumn.CAUSE, MeasureColumn.UNIT, MeasureColumn.OWNER, MeasureColumn.PERSON, MeasureColumn.START,
            MeasureColumn.END, MeasureColumn.INDICATOR, MeasureColumn.TARGET, MeasureColumn.MEANS,
            MeasureColumn.RESOURCES);
    private static final Map<String, MeasureColumn> FIELDS = Map.ofEntries(
            Map.entry("description", MeasureColumn.DESCRIPTION), Map.entry("type", MeasureColumn.TYPE),
            Map.entry("causeAddressed", MeasureColumn.CAUSE), Map.entry("responsibleUnit", MeasureColumn.UNIT),
            Map.entry("responsibleUsername", MeasureColumn.OWNER), Map.entry("responsiblePerson", MeasureColumn.PERSON),
            Map.entry("startDate", MeasureColumn.START), Map.entry("endDate", MeasureColumn.END),
            Map.entry("indicator", MeasureColumn.INDICATOR), Map.entry("targetValue", MeasureColumn.TARGET),
            Map.entry("verificationMeans", MeasureColumn.MEANS), Map.entry("resources", MeasureColumn.RESOURCES));

    private final Validator validator;

    MeasurePlanner(Validator validator) {
        this.validator = validator;
    }

    record Plan(List<Problem> problems, List<MeasureChange> changes, int unchanged) {}

    Plan plan(Workbook wb, List<SheetRow> rows) {
        Map<String, Measure> byNumber = new HashMap<>();
        wb.measures().forEach(m -> byNumber.put(String.valueOf(m.getId()), m));
        List<Problem> problems = new ArrayList<>();
        List<MeasureChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> newOnes = new HashMap<>();
        int unchanged = 0;
        int year = wb.assessment().getPeriodYear();
        for (SheetRow row : rows) {
            RowProblems found = new RowProblems(WorkbookWriter.MEASURES, row, MeasureColumn.ALL);
            String number = row.get(MeasureColumn.NUMBER);
            boolean remove = Choices.YES.equalsIgnoreCase(nz(row.get(MeasureColumn.REMOVE)))
                    || "si".equalsIgnoreCase(nz(row.get(MeasureColumn.REMOVE)));
            if (row.get(MeasureColumn.REMOVE) != null && !remove) {
                found.add(MeasureColumn.REMOVE, "offline.problem.yesOrEmpty");
            }
            if (number == null) {
                if (remove || !row.any(i -> i > MeasureColumn.CODE.index() && i < MeasureColumn.VERSION.index())) {
                    continue; // an empty row, or a new one already taken back
                }
                String riskCode = row.get(MeasureColumn.RISK);
                Optional<Risk> risk = riskCode == null ? Optional.empty() : wb.choices().risk(riskCode);
                if (riskCode == null) {
                    found.add(MeasureColumn.RISK, "offline.problem.required");
                } else if (risk.isEmpty()) {
                    found.add(MeasureColumn.RISK, "offline.problem.unknownRisk", riskCode);
                }
                MeasureForm form = form(wb, row, found, year);
                if (risk.isPresent()) {
                    String description = nz(form.getDescription()).toLowerCase(java.util.Locale.ROOT);
                    boolean known = wb.measures().stream().anyMatch(m -> m.getRisk().getId().equals(risk.get().getId())
                            && nz(m.getDescription()).toLowerCase(java.util.Locale.ROOT).equals(description));
                    if (known && !description.isEmpty()) {
                        unchanged++;
                        problems.addAll(found.list());
                        continue;
                    }
                    Integer earlier = newOnes.putIfAbsent(risk.get().getId() + "\n" + description, row.number());
                    if (earlier != null && !description.isEmpty()) {
                        found.add(MeasureColumn.DESCRIPTION, "offline.problem.duplicateRow", earlier);
                    }
                    List<FieldChange> fields = new ArrayList<>();
                    for (MeasureColumn c : FIELDS_COMPARED) {
                        if (row.get(c) != null) {
                            fields.add(new FieldChange(c.header(), null, row.get(c)));
                        }
                    }
                    changes.add(new MeasureChange(Kind.CREATE, row.number(), null, risk.get().getCode(),
                            risk.get().getId(), null, form, fields));
                }
                problems.addAll(found.list());
                continue;
            }
            if (!seen.add(number)) {
                found.add(MeasureColumn.NUMBER, "offline.problem.duplicateMeasure", number);
                problems.addAll(found.list());
                continue;
            }
            Measure m = byNumber.get(number);
            if (m == null) {
                found.add(MeasureColumn.NUMBER, "offline.problem.unknownMeasure", number);
                problems.addAll(found.list());
                continue;
            }
            if (remove) {
                requireCurrent(row, m, found);
                changes.add(new MeasureChange(Kind.REMOVE, row.number(), m.getCode(), m.getRisk().getCode(),
                        m.getRisk().getId(), m.getId(), MeasureForm.of(m), List.of()));
                problems.addAll(found.list());
                continue;
            }
            MeasureForm before = MeasureForm.of(m);
            List<FieldChange> fields = new ArrayList<>();
            for (MeasureColumn c : FIELDS_COMPARED) {
                String was = shown(c, before, wb.choices());
                String now = row.get(c);
                if (!Objects.equals(normal(c, was, wb.choices()), normal(c, now, wb.choices()))) {
                    fields.add(new FieldChange(c.header(), was, now));
                }
            }
            if (fields.isEmpty()) {
                unchanged++;
                problems.addAll(found.list());
                continue;
            }
            MeasureForm form = form(wb, row, found, year);
            requireCurrent(row, m, found);
            changes.add(new MeasureChange(Kind.UPDATE, row.number(), m.getCode(), m.getRisk().getCode(),
                    m.getRisk().getId(), m.getId(), form, fields));
            problems.addAll(found.list());
        }
        return new Plan(problems, changes, unchanged);
    }

    /** The measure page's form from a row, validated as that page validates it, dates rule included. */
    private MeasureForm form(Workbook wb, SheetRow row, RowProblems found, int year) {
        MeasureForm f = new MeasureForm();
        f.setDescription(row.get(MeasureColumn.DESCRIPTION));
        String type = row.get(MeasureColumn.TYPE);
        if (type != null) {
            wb.choices().measureType(type).ifPresentOrElse(f::setType,
                    () -> found.add(MeasureColumn.TYPE, "offline.problem.unknownType", type));
        }
        f.setCauseAddressed(row.get(MeasureColumn.CAUSE));
        f.setResponsibleUnit(row.get(MeasureColumn.UNIT));
        String owner = row.get(MeasureColumn.OWNER);
        if (owner != null) {
            wb.choices().member(owner).ifPresentOrElse(f::setResponsibleUsername,
                    () -> found.add(MeasureColumn.OWNER, "offline.problem.unknownMember", owner));
        }
        f.setResponsiblePerson(row.get(MeasureColumn.PERSON));
        f.setStartDate(date(row, MeasureColumn.START, found));
        f.setEndDate(date(row, MeasureColumn.END, found));
        f.setIndicator(row.get(MeasureColumn.INDICATOR));
        f.setTargetValue(row.get(MeasureColumn.TARGET));
        f.setVerificationMeans(row.get(MeasureColumn.MEANS));
        f.setResources(row.get(MeasureColumn.RESOURCES));
        found.validate(validator, f, FIELDS);
        f.datesProblem(year).ifPresent(p -> found.add(
                "startDate".equals(p.field()) ? MeasureColumn.START : MeasureColumn.END,
                "measure.endBeforeStart".equals(p.code()) ? "offline.problem.endBeforeStart" : "offline.problem.outOfPeriod",
                String.valueOf(year)));
        return f;
    }

    private static LocalDate date(SheetRow row, MeasureColumn column, RowProblems found) {
        String cell = row.get(column);
        if (cell == null) {
            return null;
        }
        try {
            return cell.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(cell) : LocalDate.parse(cell, DAY);
        } catch (DateTimeParseException e) {
            found.add(column, "offline.problem.date", cell);
            return null;
        }
    }

    private static void requireCurrent(SheetRow row, Measure m, RowProblems found) {
        if (!String.valueOf(m.getVersion()).equals(row.get(MeasureColumn.VERSION))) {
            found.add(MeasureColumn.VERSION, "offline.problem.staleMeasure", m.getCode());
        }
    }

    private static String shown(MeasureColumn c, MeasureForm f, Choices choices) {
        return switch (c) {
            case DESCRIPTION -> f.getDescription();
            case TYPE -> choices.measureTypeLabel(f.getType());
            case CAUSE -> f.getCauseAddressed();
            case UNIT -> f.getResponsibleUnit();
            case OWNER -> choices.memberLabel(f.getResponsibleUsername());
            case PERSON -> f.getResponsiblePerson();
            case START -> f.getStartDate() == null ? null : f.getStartDate().format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
            case END -> f.getEndDate() == null ? null : f.getEndDate().format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
            case INDICATOR -> f.getIndicator();
            case TARGET -> f.getTargetValue();
            case MEANS -> f.getVerificationMeans();
            case RESOURCES -> f.getResources();
            default -> null;
        };
    }

    /** Compared as stored: trimmed, blank as absent, choices by their value, dates as dates. */
    private static Object normal(MeasureColumn c, String text, Choices choices) {
        String t = text == null || text.isBlank() ? null : text.replace("\r\n", "\n").strip();
        if (t == null) {
            return null;
        }
        return switch (c) {
            case TYPE -> choices.measureType(t).map(Object.class::cast).orElse(t);
            case OWNER -> choices.member(t).map(Object.class::cast).orElse(t);
            case START, END -> {
                try {
                    yield t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.parse(t, DAY);
                } catch (DateTimeParseException e) {
                    yield t;
                }
            }
            default -> t;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
