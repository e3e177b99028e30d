package pe.integrity.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.HeatMap;
import pe.integrity.catalog.ResidualTable;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.catalog.Typology;
import pe.integrity.organisation.CurrentUser;

/**
 * What the country's registers say for a period and a filter (all entities, or one department, sector or entity
 * type, as the dashboard's rows): risks by inherent and residual level, the inherent heat map of the active scheme,
 * the most frequent typologies, the most exposed processes and the entities with most overdue measures. Each is one
 * GROUP BY over the active entities' current risks (removed ones left out), so a page costs the same at 10 or 2,000
 * entities. Overdue is the measure's flag, set by the daily deadline check with {@code Measure.overdueOn}, as in the
 * national register.
 */
@Service
@Transactional(readOnly = true)
public class NationalAggregates {

    static final int TOP = 10;

    /** A risk's assessment and entity, for the current risks of active entities in the period. */
    private static final String OF_PERIOD = " JOIN assessment a ON a.id = r.assessment_id"
            + " JOIN public_entity e ON e.id = a.entity_id WHERE e.active AND NOT r.removed AND a.period_year = ?";
    private static final String RISKS = " FROM risk r" + OF_PERIOD;

    private final JdbcTemplate jdbc;
    private final ScoringSchemes schemes;
    private final Catalog catalog;

    NationalAggregates(JdbcTemplate jdbc, ScoringSchemes schemes, Catalog catalog) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.catalog = catalog;
    }

    /** A period and an optional row of the dashboard (a dimension and its value). */
    public record Filter(int periodYear, Dimension by, String value) {

        String where() {
            return by != null && value != null ? " AND " + by.column() + " = ?" : "";
        }

        Object[] args() {
            return by != null && value != null ? new Object[] {periodYear, value} : new Object[] {periodYear};
        }
    }

    public Aggregates of(CurrentUser user, Filter filter, Locale locale) {
        if (!user.isGlobalReader()) {
            throw new AccessDeniedException("national aggregates are SIP's and auditors'");
        }
        ScoringScheme scheme = schemes.active();
        return new Aggregates(filter, scheme.code(), levels(filter, scheme, locale), heatMap(filter, scheme),
                residualMap(filter, scheme), typologies(filter, locale), processes(filter), overdue(filter));
    }

    /** Risks by level, inherent and residual, in the active scheme's order; codes of other schemes after them. */
    private List<LevelCount> levels(Filter f, ScoringScheme scheme, Locale locale) {
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query("SELECT 0, r.inherent_level, COUNT(*)" + RISKS + f.where() + " GROUP BY r.inherent_level"
                + " UNION ALL SELECT 1, r.residual_level, COUNT(*)" + RISKS + f.where() + " GROUP BY r.residual_level",
                rs -> {
                    counts.computeIfAbsent(rs.getString(2), k -> new long[2])[rs.getInt(1)] = rs.getLong(3);
                }, concat(f.args(), f.args()));
        List<LevelCount> rows = new ArrayList<>();
        List<RiskLevel> highestFirst = new ArrayList<>(scheme.levels());
        java.util.Collections.reverse(highestFirst);
        for (RiskLevel l : highestFirst) {
            long[] c = counts.remove(l.code());
            rows.add(new LevelCount(l.code(), l.label(locale), l.colour(), c == null ? 0 : c[0], c == null ? 0 : c[1]));
        }
        long[] none = counts.remove(null);
        counts.forEach((code, c) -> rows.add(new LevelCount(code, code, null, c[0], c[1])));
        if (none != null) {
            rows.add(new LevelCount(null, null, null, none[0], none[1]));
        }
        return rows;
    }

    /** The active scheme's matrix with how many risks rated on that scheme fall in each cell. */
    private HeatMapCounts heatMap(Filter f, ScoringScheme scheme) {
        Map<String, Long> counts = new HashMap<>();
        List<Object> args = new ArrayList<>(List.of(f.args()));
        args.add(scheme.code());
        jdbc.query("SELECT r.probability, r.impact, COUNT(*)" + RISKS + f.where()
                + " AND r.scheme_code = ? AND r.probability IS NOT NULL GROUP BY 1, 2",
                rs -> {
                    counts.put(rs.getInt(1) + "x" + rs.getInt(2), rs.getLong(3));
                }, args.toArray());
        return new HeatMapCounts(schemes.heatMap(scheme.code()), counts);
    }

    /** The active scheme's control table with how many risks rated on that scheme fall in each cell. */
    private ResidualMapCounts residualMap(Filter f, ScoringScheme scheme) {
        Map<String, Long> counts = new HashMap<>();
        List<Object> args = new ArrayList<>(List.of(f.args()));
        args.add(scheme.code());
        jdbc.query("SELECT r.inherent_level, r.control_rating, COUNT(*)" + RISKS + f.where()
                + " AND r.scheme_code = ? AND r.inherent_level IS NOT NULL AND r.control_rating IS NOT NULL"
                + " GROUP BY 1, 2",
                rs -> {
                    counts.put(ResidualMapCounts.key(rs.getString(1), rs.getString(2)), rs.getLong(3));
                }, args.toArray());
        return new ResidualMapCounts(schemes.residualTable(scheme.code()), counts);
    }

    private List<Bar> typologies(Filter f, Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (Typology t : catalog.typologies()) {
            names.put(t.code(), t.name(locale));
        }
        return bars(jdbc.query("SELECT r.typology_code, COUNT(*)" + RISKS + f.where()
                + " AND r.typology_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + TOP,
                (rs, n) -> new Counted(names.getOrDefault(rs.getString(1), rs.getString(1)), rs.getLong(2)),
                f.args()));
    }

    /** Processes by how many of their risks need treatment at the residual level, named as the entities name them. */
    private List<Bar> processes(Filter f) {
        return bars(jdbc.query("SELECT p.name, COUNT(*) FROM risk r JOIN process_in_scope p ON p.id = r.process_in_scope_id"
                + OF_PERIOD + f.where()
                + " AND r.treatment_required GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + TOP,
                (rs, n) -> new Counted(rs.getString(1), rs.getLong(2)), f.args()));
    }

    private List<EntityOverdue> overdue(Filter f) {
        return jdbc.query("SELECT e.id, e.name, a.id, COUNT(*) FROM measure m JOIN risk r ON r.id = m.risk_id"
                + OF_PERIOD + f.where()
                + " AND m.overdue GROUP BY e.id, e.name, a.id ORDER BY 4 DESC, 2 LIMIT 20",
                (rs, n) -> new EntityOverdue(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), f.args());
    }

    private record Counted(String label, long count) {}

    private static List<Bar> bars(List<Counted> rows) {
        long max = rows.stream().mapToLong(Counted::count).max().orElse(1);
        return rows.stream()
                .map(r -> new Bar(r.label(), r.count(), (int) Math.max(1, Math.round(300.0 * r.count() / max))))
                .toList();
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Everything the aggregates page and its workbook show. */
    public record Aggregates(Filter filter, String schemeCode, List<LevelCount> levels, HeatMapCounts heatMap,
            ResidualMapCounts residualMap, List<Bar> typologies, List<Bar> processes, List<EntityOverdue> overdue) {

        public long risks() {
            return levels.stream().mapToLong(LevelCount::inherent).sum();
        }
    }

    /** One level: how many risks have it as inherent and as residual level. {@code code} null: not evaluated. */
    public record LevelCount(String code, String label, String colour, long inherent, long residual) {}

    /** A named count and the length of its bar in the chart (pixels, the largest 300). */
    public record Bar(String label, long count, int width) {}

    /** An entity and how many of its measures are overdue, with its assessment of the period. */
    public record EntityOverdue(Long entityId, String name, Long assessmentId, long measures) {}

    /** The active scheme's matrix and the count of each cell ("probability x impact"). */
    public record HeatMapCounts(HeatMap map, Map<String, Long> counts) {

        public long count(HeatMap.Cell cell) {
            return counts.getOrDefault(cell.probability() + "x" + cell.impact(), 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The active scheme's control table (inherent level × control rating) and the count of each cell. */
    public record ResidualMapCounts(ResidualTable table, Map<String, Long> counts) {

        static String key(String inherentLevel, String controlRating) {
            return inherentLevel + "|" + controlRating;
        }

        /** Risks of the row's inherent level whose controls have the column-th rating. */
        public long count(ResidualTable.Row row, int column) {
            return counts.getOrDefault(key(row.inherent().code(), table.ratings().get(column).code()), 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
