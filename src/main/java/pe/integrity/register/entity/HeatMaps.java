package pe.integrity.register.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.HeatMap;
import pe.integrity.catalog.ResidualTable;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScaleLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;

/**
 * The two heat maps of a register with the number of evaluated risks in each cell. Their shape comes from
 * the assessment's scheme (any number of levels): the inherent map is the scheme's probability × impact
 * matrix, the residual map its control table (inherent level × control rating, coloured by residual level).
 */
@Component
public class HeatMaps {

    private final ScoringSchemes schemes;
    private final HeatMapPainter painter;

    HeatMaps(ScoringSchemes schemes, HeatMapPainter painter) {
        this.schemes = schemes;
        this.painter = painter;
    }

    RegisterData.HeatMapView inherent(ScoringScheme scheme, List<Risk> risks) {
        HeatMap map = schemes.heatMap(scheme.code());
        List<String> columns = map.probabilities().stream().map(HeatMaps::axisLabel).toList();
        List<RegisterData.MapRow> rows = new ArrayList<>();
        int total = 0;
        for (HeatMap.Row row : map.rows()) {
            List<RegisterData.MapCell> cells = new ArrayList<>();
            for (HeatMap.Cell cell : row.cells()) {
                int count = (int) risks.stream()
                        .filter(r -> cell.holds(r.getProbability(), r.getImpact()))
                        .count();
                total += count;
                cells.add(new RegisterData.MapCell(axisLabel(row.impact()), columns.get(cells.size()),
                        cell.level().labelEs(), safeColour(cell.colour()), cell.score(), count));
            }
            rows.add(new RegisterData.MapRow(axisLabel(row.impact()), cells));
        }
        String rowAxis = "Impacto";
        String columnAxis = "Probabilidad";
        return new RegisterData.HeatMapView("Mapa de calor del riesgo inherente", rowAxis, columnAxis, columns, rows,
                total, painter.paint(columns, rows, rowAxis, columnAxis));
    }

    RegisterData.HeatMapView residual(ScoringScheme scheme, List<Risk> risks) {
        ResidualTable table = schemes.residualTable(scheme.code());
        List<String> columns = table.ratings().stream().map(ControlRating::labelEs).toList();
        List<RegisterData.MapRow> rows = new ArrayList<>();
        int total = 0;
        for (ResidualTable.Row row : table.rows()) {
            List<RegisterData.MapCell> cells = new ArrayList<>();
            for (int c = 0; c < table.ratings().size(); c++) {
                int column = c;
                RiskLevel residual = row.residuals().get(c);
                int count = (int) risks.stream()
                        .filter(r -> table.holds(row, column, r.getInherentLevel(), r.getControlRating()))
                        .count();
                total += count;
                cells.add(new RegisterData.MapCell(row.inherent().labelEs(), columns.get(c), residual.labelEs(),
                        safeColour(residual.colour()), null, count));
            }
            rows.add(new RegisterData.MapRow(row.inherent().labelEs(), cells));
        }
        String rowAxis = "Nivel inherente";
        String columnAxis = "Calificación de los controles";
        return new RegisterData.HeatMapView("Mapa de calor del riesgo residual", rowAxis, columnAxis, columns, rows,
                total, painter.paint(columns, rows, rowAxis, columnAxis));
    }

    /** Risks per level, highest level first. */
    List<RegisterData.LevelCount> levels(ScoringScheme scheme, List<Risk> risks) {
        List<RegisterData.LevelCount> counts = new ArrayList<>();
        List<RiskLevel> highestFirst = new ArrayList<>(scheme.levels());
        Collections.reverse(highestFirst);
        for (RiskLevel level : highestFirst) {
            int inherent = (int) risks.stream().filter(r -> level.code().equals(r.getInherentLevel())).count();
            int residual = (int) risks.stream().filter(r -> level.code().equals(r.getResidualLevel())).count();
            counts.add(new RegisterData.LevelCount(level.labelEs(), safeColour(level.colour()), inherent, residual));
        }
        return counts;
    }

    /** A scheme colour as {@code #RRGGBB}, or grey: it goes into CSS and cell styles, so nothing else passes. */
    static String safeColour(String colour) {
        return colour != null && colour.matches("#[0-9A-Fa-f]{6}") ? colour.toUpperCase(java.util.Locale.ROOT) : "#D9D9D9";
    }

    static String axisLabel(ScaleLevel level) {
        return level.value() + " · " + level.labelEs();
    }
}
