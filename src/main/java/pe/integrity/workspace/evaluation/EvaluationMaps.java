package pe.integrity.workspace.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.HeatMap;
import pe.integrity.catalog.ResidualTable;
import pe.integrity.catalog.ScaleLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.workspace.page.HeatMapView;
import pe.integrity.workspace.page.RiskRow;
import pe.integrity.workspace.page.Views;

/**
 * The evaluation's two matrices, with the layout and levels of the assessment's own scheme (nothing here
 * knows its size): inherent risk by probability × impact, and residual risk by inherent level × control
 * rating (the scheme's control table), each cell counting the evaluated risks in it.
 */
@Component
public class EvaluationMaps {

    private final ScoringSchemes schemes;

    EvaluationMaps(ScoringSchemes schemes) {
        this.schemes = schemes;
    }

    HeatMapView inherent(ScoringScheme scheme, List<RiskRow> risks, Locale locale) {
        HeatMap map = schemes.heatMap(scheme.code());
        List<RiskRow> evaluated = risks.stream().filter(RiskRow::evaluated).toList();
        List<HeatMapView.Row> rows = map.rows().stream()
                .map(row -> new HeatMapView.Row(label(row.impact(), locale), row.cells().stream()
                        .map(cell -> new HeatMapView.Cell(Views.level(cell.level(), locale), evaluated.stream()
                                .filter(r -> cell.holds(r.probability(), r.impact()))
                                .count()))
                        .toList()))
                .toList();
        List<String> columns = map.probabilities().stream().map(p -> label(p, locale)).toList();
        return new HeatMapView("workspace.axis.impact", "workspace.axis.probability", columns, rows, evaluated.size());
    }

    HeatMapView residual(ScoringScheme scheme, List<RiskRow> risks, Locale locale) {
        ResidualTable table = schemes.residualTable(scheme.code());
        List<RiskRow> evaluated = risks.stream().filter(RiskRow::evaluated).toList();
        List<ControlRating> ratings = table.ratings();
        List<HeatMapView.Row> rows = table.rows().stream()
                .map(row -> new HeatMapView.Row(row.inherent().label(locale), IntStream.range(0, ratings.size())
                        .mapToObj(i -> new HeatMapView.Cell(Views.level(row.residuals().get(i), locale),
                                evaluated.stream()
                                        .filter(r -> table.holds(row, i, r.inherent().code(), r.controlRating()))
                                        .count()))
                        .toList()))
                .toList();
        List<String> columns = ratings.stream().map(r -> r.label(locale)).toList();
        return new HeatMapView("workspace.axis.inherentLevel", "workspace.axis.controlRating", columns, rows,
                evaluated.size());
    }

    private static String label(ScaleLevel level, Locale locale) {
        return level.value() + " · " + level.label(locale);
    }
}
