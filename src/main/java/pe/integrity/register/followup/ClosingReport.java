package pe.integrity.register.followup;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import pe.integrity.assessment.FollowUpCycle;
import pe.integrity.assessment.FollowUpProgress;
import pe.integrity.assessment.LevelChange;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureOutcome;
import pe.integrity.register.entity.RegisterData;
import pe.integrity.register.entity.RegisterText;

/**
 * What a period's closing report prints: when the period closed and who rated the risks at close, how each risk
 * ended (inherent → planned residual → residual at close, and whether the level fell from the planned residual to
 * the one at close), what became of each measure
 * (implemented, continued into the next period, dropped with its reason) and the follow-up cycles that led there.
 *
 * @param riskSummary and {@code measureSummary}: one sentence each, as printed on the cover
 */
public record ClosingReport(String closedAt, String ratedBy, String riskSummary, String measureSummary, Figures figures,
        List<RiskLine> risks, List<MeasureLine> measures, List<CycleLine> cycles) {

    public record Figures(int risks, int fell, int same, int rose, int notRated, int measures, int implemented,
            int carriedOver, int dropped, int implementedPercent, int weightedProgress) {}

    public record RiskLine(String code, String process, String statement, String inherentLevel, String controlRating,
            String plannedResidualLevel, String closingControlRating, String closingResidualLevel, String change,
            String implemented) {}

    public record MeasureLine(String code, String riskCode, String description, String responsibleUnit,
            String endDate, String status, int progress, String outcome, String droppedReason) {}

    public record CycleLine(int number, String submittedAt, String submittedBy, int reports, int measures) {}

    /** @param changes each risk's change at close by its code ({@code ClosingRating.changesAtClose}) */
    static ClosingReport of(RegisterData data, Map<String, LevelChange> changes, List<Measure> measures,
            List<FollowUpCycle> cycles, String closedAt, String ratedBy) {
        Map<String, RegisterData.MeasureRow> rows = data.measures().stream()
                .collect(Collectors.toMap(RegisterData.MeasureRow::code, Function.identity(), (a, b) -> a));
        List<MeasureLine> measureLines = measures.stream().map(m -> {
            RegisterData.MeasureRow row = rows.get(m.getCode());
            return new MeasureLine(m.getCode(), m.getRisk().getCode(), m.getDescription(),
                    row == null ? "" : row.responsibleUnit(), row == null ? "" : row.endDate(),
                    row == null ? "" : row.status(), m.getProgress(), outcome(m.outcome()), m.getDroppedReason());
        }).toList();
        Map<String, List<Measure>> byRisk = measures.stream().collect(Collectors.groupingBy(m -> m.getRisk().getCode()));
        List<RiskLine> riskLines = data.risks().stream().map(r -> {
            List<Measure> own = byRisk.getOrDefault(r.code(), List.of());
            long done = own.stream().filter(m -> m.outcome() == MeasureOutcome.IMPLEMENTED).count();
            return new RiskLine(r.code(), r.process(), r.statement(), r.inherentLevel(), r.controlRating(),
                    r.residualLevel(), r.closingControlRating(), r.closingResidualLevel(),
                    change(changes.getOrDefault(r.code(), LevelChange.NOT_RATED)),
                    own.isEmpty() ? "sin medidas" : done + " de " + own.size());
        }).toList();
        List<CycleLine> cycleLines = cycles.stream().filter(FollowUpCycle::submitted)
                .map(c -> new CycleLine(c.number(), RegisterText.dateTime(c.submittedAt()), c.submittedBy(),
                        c.reports().size(), (int) c.reports().stream().map(FollowUpCycle.Report::measureCode)
                                .distinct().count()))
                .toList();
        Figures f = figures(riskLines.size(), changes, measures);
        String riskSummary = String.format(RegisterText.SPANISH,
                "Riesgos: %d; frente al nivel residual planificado, al cierre su nivel bajó en %d, se mantuvo en %d y subió en %d (%d sin calificar al cierre).",
                f.risks(), f.fell(), f.same(), f.rose(), f.notRated());
        String measureSummary = String.format(RegisterText.SPANISH,
                "Medidas: %d; %d implementadas (%d %%), %d continúan en el periodo siguiente, %d dadas de baja; avance ponderado %d %%.",
                f.measures(), f.implemented(), f.implementedPercent(), f.carriedOver(), f.dropped(), f.weightedProgress());
        return new ClosingReport(closedAt, ratedBy, riskSummary, measureSummary, f, riskLines, measureLines, cycleLines);
    }

    private static Figures figures(int risks, Map<String, LevelChange> changes, List<Measure> measures) {
        int fell = count(changes, LevelChange.FELL);
        int same = count(changes, LevelChange.SAME);
        int rose = count(changes, LevelChange.ROSE);
        FollowUpProgress.Figures progress = FollowUpProgress.figures(measures); // the follow-up page's own figures
        return new Figures(risks, fell, same, rose, risks - fell - same - rose, measures.size(), progress.implemented(),
                count(measures, MeasureOutcome.CARRIED_OVER), count(measures, MeasureOutcome.DROPPED),
                progress.implementedPercent(), progress.weightedProgress());
    }

    private static int count(Map<String, LevelChange> changes, LevelChange change) {
        return (int) changes.values().stream().filter(c -> c == change).count();
    }

    private static int count(List<Measure> measures, MeasureOutcome outcome) {
        return (int) measures.stream().filter(m -> m.outcome() == outcome).count();
    }

    static String outcome(MeasureOutcome outcome) {
        return switch (outcome) {
            case IMPLEMENTED -> "Implementada";
            case CARRIED_OVER -> "Continúa en el periodo siguiente";
            case DROPPED -> "Dada de baja";
        };
    }

    static String change(LevelChange change) {
        return switch (change) {
            case FELL -> "Bajó";
            case SAME -> "Se mantuvo";
            case ROSE -> "Subió";
            case NOT_RATED -> "Sin calificar al cierre";
        };
    }
}
