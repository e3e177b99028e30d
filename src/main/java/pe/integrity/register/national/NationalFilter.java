package pe.integrity.register.national;

import java.util.ArrayList;
import java.util.List;

/**
 * What a national register covers: one period, optionally narrowed. Null means "all".
 *
 * @param periodYear the assessment period (required)
 * @param sector an entity sector, as stored on the entity
 * @param department an entity department (Lima, Cusco...)
 * @param entityType an {@link pe.integrity.organisation.EntityType} name
 * @param residualLevel a residual risk level code of any scheme (e.g. {@code ALTO})
 * @param stage an {@link pe.integrity.assessment.AssessmentStage} name
 */
public record NationalFilter(
        int periodYear, String sector, String department, String entityType, String residualLevel, String stage) {

    public NationalFilter {
        sector = blankToNull(sector);
        department = blankToNull(department);
        entityType = blankToNull(entityType);
        residualLevel = blankToNull(residualLevel);
        stage = blankToNull(stage);
    }

    public static NationalFilter period(int periodYear) {
        return new NationalFilter(periodYear, null, null, null, null, null);
    }

    /**
     * The WHERE clause over {@code public_entity e}, {@code assessment a} and {@code risk r}, with its
     * arguments in order. Values are always bound, never concatenated.
     */
    SqlCondition where() {
        SqlCondition assessments = assessments();
        SqlCondition risks = risks();
        Object[] args = new Object[assessments.args().length + risks.args().length];
        System.arraycopy(assessments.args(), 0, args, 0, assessments.args().length);
        System.arraycopy(risks.args(), 0, args, assessments.args().length, risks.args().length);
        return new SqlCondition(assessments.sql() + " AND " + risks.sql(), args);
    }

    /** The part of the filter over {@code assessment a} and {@code public_entity e}. */
    SqlCondition assessments() {
        StringBuilder sql = new StringBuilder("a.period_year = ?");
        List<Object> args = new ArrayList<>();
        args.add(periodYear);
        add(sql, args, "e.sector", sector);
        add(sql, args, "e.department", department);
        add(sql, args, "e.type", entityType);
        add(sql, args, "a.stage", stage);
        return new SqlCondition(sql.toString(), args.toArray());
    }

    /** The part of the filter over {@code risk r}; removed risks are never part of a register. */
    SqlCondition risks() {
        StringBuilder sql = new StringBuilder("r.removed = FALSE");
        List<Object> args = new ArrayList<>();
        add(sql, args, "r.residual_level", residualLevel);
        return new SqlCondition(sql.toString(), args.toArray());
    }

    private static void add(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    record SqlCondition(String sql, Object[] args) {}
}
