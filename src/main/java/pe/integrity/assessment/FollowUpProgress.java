package pe.integrity.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Progress at a glance for an entity's follow-up: measures by status, the overdue ones, the share implemented and
 * the weighted progress, per risk, per process and cycle by cycle. Weighted progress gives each risk the same
 * weight (the mean over risks of the mean progress of its measures), so a risk planned with many small measures
 * does not outweigh one with a single large measure.
 */
public record FollowUpProgress(Figures overall, Map<MeasureStatus, Integer> byStatus, List<Overdue> overdue,
        List<Group> byRisk, List<Group> byProcess, List<Cycle> cycles) {

    /** Counts and percentages of a set of measures; percentages are whole numbers, rounded half up. */
    public record Figures(int measures, int implemented, int implementedPercent, int weightedProgress) {}

    /** A measure past its end date and not implemented. */
    public record Overdue(String code, LocalDate endDate) {}

    /** The figures of one risk or one process. */
    public record Group(String label, Figures figures) {}

    /**
     * Where the measures stood when a cycle's reports were in (measures not reported keep their last value);
     * the open cycle's figure is provisional until its report is submitted.
     */
    public record Cycle(int number, int implementedPercent, int averageProgress, boolean open) {}

    static FollowUpProgress of(List<Measure> measures, List<Object[]> reports, int openCycle, LocalDate today) {
        Map<MeasureStatus, Integer> byStatus = new LinkedHashMap<>();
        for (MeasureStatus s : MeasureStatus.values()) {
            byStatus.put(s, 0);
        }
        List<Overdue> overdue = new ArrayList<>();
        for (Measure m : measures) {
            byStatus.merge(m.getStatus(), 1, Integer::sum);
            if (m.overdueOn(today)) {
                overdue.add(new Overdue(m.getCode(), m.getEndDate()));
            }
        }
        return new FollowUpProgress(figures(measures), byStatus, overdue,
                groups(measures, m -> m.getRisk().getCode()),
                groups(measures, m -> m.getRisk().getProcess().getName()),
                cycles(measures.size(), reports, openCycle));
    }

    /** The counts and percentages of any set of measures (the closing report's, a risk's, a process's). */
    public static Figures figures(List<Measure> measures) {
        if (measures.isEmpty()) {
            return new Figures(0, 0, 0, 0);
        }
        int implemented = (int) measures.stream().filter(m -> m.getStatus() == MeasureStatus.IMPLEMENTED).count();
        Map<Long, List<Measure>> perRisk = new LinkedHashMap<>();
        for (Measure m : measures) {
            perRisk.computeIfAbsent(m.getRisk().getId(), k -> new ArrayList<>()).add(m);
        }
        double weighted = perRisk.values().stream()
                .mapToDouble(ms -> ms.stream().mapToInt(Measure::getProgress).average().orElse(0))
                .average().orElse(0);
        return new Figures(measures.size(), implemented, percent(implemented, measures.size()),
                (int) Math.round(weighted));
    }

    private static List<Group> groups(List<Measure> measures, Function<Measure, String> key) {
        Map<String, List<Measure>> grouped = new LinkedHashMap<>();
        for (Measure m : measures) {
            grouped.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m);
        }
        return grouped.entrySet().stream().map(e -> new Group(e.getKey(), figures(e.getValue()))).toList();
    }

    /** Replays the reports cycle by cycle: [cycle, measureId, progress, status] rows ordered by cycle. */
    private static List<Cycle> cycles(int measureCount, List<Object[]> reports, int openCycle) {
        List<Cycle> result = new ArrayList<>();
        Map<Long, Integer> progress = new HashMap<>();
        Map<Long, Boolean> implemented = new HashMap<>();
        Integer current = null;
        for (Object[] r : reports) {
            int cycle = (Integer) r[0];
            if (current != null && cycle != current) {
                result.add(cycle(current, measureCount, progress, implemented, current >= openCycle));
            }
            current = cycle;
            progress.put((Long) r[1], (Integer) r[2]);
            implemented.put((Long) r[1], r[3] == MeasureStatus.IMPLEMENTED);
        }
        if (current != null) {
            result.add(cycle(current, measureCount, progress, implemented, current >= openCycle));
        }
        return result;
    }

    private static Cycle cycle(int number, int measureCount, Map<Long, Integer> progress,
            Map<Long, Boolean> implemented, boolean open) {
        int done = (int) implemented.values().stream().filter(Boolean::booleanValue).count();
        int sum = progress.values().stream().mapToInt(Integer::intValue).sum();
        return new Cycle(number, percent(done, measureCount), measureCount == 0 ? 0
                : (int) Math.round((double) sum / measureCount), open);
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
