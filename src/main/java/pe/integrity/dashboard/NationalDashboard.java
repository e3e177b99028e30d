package pe.integrity.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityType;
import pe.integrity.shared.Display;

/**
 * The dashboard's numbers and the lists behind them, for global readers (SIP, auditors, administrators). One
 * statement counts every row and column of a table (GROUP BY ROLLUP: the rows and the total); a list is two (its
 * count and its page). Only active entities count, as in campaigns.
 */
@Service
@Transactional(readOnly = true)
public class NationalDashboard {

    private static final String FROM = " FROM public_entity e LEFT JOIN assessment a ON a.entity_id = e.id"
            + " AND a.period_year = ? WHERE e.active";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NationalDashboard(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The period has ended (31 December, Lima time), so entities that have not sent theirs are late. */
    boolean periodEnded(int periodYear) {
        return LocalDate.of(periodYear, 12, 31).isBefore(LocalDate.now(clock.withZone(Display.ZONE)));
    }

    public Table table(CurrentUser user, int periodYear, Dimension by) {
        requireReader(user);
        boolean ended = periodEnded(periodYear);
        StringBuilder sql = new StringBuilder("SELECT GROUPING(" + by.column() + "), " + by.column());
        for (DashboardColumn c : DashboardColumn.values()) {
            sql.append(", COUNT(*) FILTER (WHERE ").append(c.condition(ended)).append(")");
        }
        sql.append(FROM).append(" GROUP BY ROLLUP (").append(by.column()).append(") ORDER BY 1, 2");
        List<Row> rows = new ArrayList<>();
        Row[] total = new Row[1];
        jdbc.query(sql.toString(), rs -> {
            Map<DashboardColumn, Long> counts = new EnumMap<>(DashboardColumn.class);
            for (DashboardColumn c : DashboardColumn.values()) {
                counts.put(c, rs.getLong(3 + c.ordinal()));
            }
            Row row = new Row(rs.getString(2), counts);
            if (rs.getInt(1) == 1) {
                total[0] = row;
            } else {
                rows.add(row);
            }
        }, periodYear);
        if (by == Dimension.ENTITY_TYPE) {
            rows.sort(java.util.Comparator.comparing(r -> EntityType.valueOf(r.value())));
        }
        return new Table(periodYear, by, rows, total[0] == null ? Row.empty() : total[0], ended);
    }

    /**
     * The entities one number counts, by name: those of the column, in the row's value of the dimension (or all
     * rows when {@code value} is null, the total row).
     */
    public Page<EntityLine> entities(CurrentUser user, int periodYear, DashboardColumn column, Dimension by,
            String value, int page, int size) {
        requireReader(user);
        List<Object> args = new ArrayList<>(List.of(periodYear));
        String where = FROM + " AND " + column.condition(periodEnded(periodYear));
        if (by != null && value != null) {
            where += " AND " + by.column() + " = ?";
            args.add(value);
        }
        long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, args.toArray());
        PageRequest request = PageRequest.of(Math.max(page, 0), size);
        List<EntityLine> lines = jdbc.query("SELECT e.id, e.name, e.type, e.department, e.sector, a.id, a.stage"
                + where + " ORDER BY e.name, e.id LIMIT " + size + " OFFSET " + request.getOffset(),
                (rs, n) -> new EntityLine(rs.getLong(1), rs.getString(2), EntityType.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), (Long) rs.getObject(6),
                        rs.getString(7) == null ? null : AssessmentStage.valueOf(rs.getString(7))),
                args.toArray());
        return new PageImpl<>(lines, request, total);
    }

    private static void requireReader(CurrentUser user) {
        if (!user.isGlobalReader()) {
            throw new AccessDeniedException("the national dashboard is SIP's and auditors'");
        }
    }

    /** One table of the dashboard: a row per value of the dimension, and the country's total. */
    public record Table(int periodYear, Dimension by, List<Row> rows, Row total, boolean periodEnded) {}

    /** A row's value (a department, a sector or an entity type's name) and its count in each column. */
    public record Row(String value, Map<DashboardColumn, Long> counts) {

        static Row empty() {
            Map<DashboardColumn, Long> zero = new EnumMap<>(DashboardColumn.class);
            for (DashboardColumn c : DashboardColumn.values()) {
                zero.put(c, 0L);
            }
            return new Row(null, zero);
        }

        public long get(DashboardColumn column) {
            return counts.getOrDefault(column, 0L);
        }
    }

    /** An entity behind a number, with its assessment of the period if it has one. */
    public record EntityLine(Long entityId, String name, EntityType type, String department, String sector,
            Long assessmentId, AssessmentStage stage) {}
}
