package pe.integrity.register.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import pe.integrity.assessment.FollowUpCycle;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.register.entity.RegisterData;
import pe.integrity.register.entity.RegisterText;

/**
 * What a follow-up cycle's report prints: the cycle, who submitted it and when, a summary of where the measures
 * reported in it stood, and each report of the cycle as it was filed (with the evidence files in force for it).
 * Built from the cycle's own reports only, which do not change once the cycle is submitted.
 *
 * @param summary one sentence, as printed on the cover
 */
public record CycleReport(int number, String submittedAt, String submittedBy, Summary figures, String summary,
        List<Row> reports) {

    /** The measures reported in the cycle, each at its last report of the cycle. */
    public record Summary(int reports, int measures, int notStarted, int inProgress, int implemented,
            int averageProgress) {}

    /** One progress report of the cycle, with the measure's risk and text from the register. */
    public record Row(String measureCode, String riskCode, String measureDescription, String date, String reporter,
            String status, int progress, String comment, String evidence) {}

    static CycleReport of(FollowUpCycle cycle, RegisterData data) {
        Map<String, RegisterData.MeasureRow> measures = data.measures().stream()
                .collect(Collectors.toMap(RegisterData.MeasureRow::code, Function.identity(), (a, b) -> a));
        List<Row> rows = data.progressHistory().stream()
                .filter(p -> p.cycle() == cycle.number())
                .map(p -> {
                    RegisterData.MeasureRow m = measures.get(p.measureCode());
                    return new Row(p.measureCode(), m == null ? "" : m.riskCode(), m == null ? "" : m.description(),
                            p.date(), p.reporter(), p.status(), p.progress(), p.comment(), p.evidence());
                })
                .toList();
        Map<String, FollowUpCycle.Report> last = new LinkedHashMap<>();
        cycle.reports().forEach(r -> last.put(r.measureCode(), r)); // oldest first: the last one stays
        int notStarted = count(last, MeasureStatus.NOT_STARTED);
        int inProgress = count(last, MeasureStatus.IN_PROGRESS);
        int implemented = count(last, MeasureStatus.IMPLEMENTED);
        int average = last.isEmpty() ? 0
                : (int) Math.round(last.values().stream().mapToInt(FollowUpCycle.Report::progress).average().orElse(0));
        Summary figures = new Summary(cycle.reports().size(), last.size(), notStarted, inProgress, implemented, average);
        String summary = String.format(RegisterText.SPANISH,
                "Reportes: %d; medidas reportadas: %d (%d no iniciadas, %d en curso, %d implementadas); avance promedio %d %%.",
                figures.reports(), figures.measures(), notStarted, inProgress, implemented, average);
        return new CycleReport(cycle.number(), RegisterText.dateTime(cycle.submittedAt()), cycle.submittedBy(), figures,
                summary, rows);
    }

    private static int count(Map<String, FollowUpCycle.Report> last, MeasureStatus status) {
        return (int) last.values().stream().filter(r -> r.status() == status).count();
    }
}
