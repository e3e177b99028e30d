package pe.integrity.register.national;

/**
 * The national register's read model: plain SQL over the assessment and organisation tables, so rows can
 * stream through a cursor instead of being loaded as JPA entities (ADR 0008). Values are bound parameters.
 *
 * <p>The data queries walk the assessments of the period in entity-name order and fetch each one's risks
 * through a LATERAL subquery (an index scan per assessment), so PostgreSQL never sorts the whole result: the
 * final ORDER BY becomes an incremental sort of one assessment's rows and the first row arrives at once,
 * instead of after sorting hundreds of thousands of wide rows.
 */
public final class NationalSql {

    private NationalSql() {}

    /** A statement and its arguments in order. */
    record Query(String sql, Object[] args) {}

    private static final String ASSESSMENTS = """
            (SELECT a.id, a.period_year, a.stage, a.scheme_code, e.name, e.type, e.sector, e.department
               FROM assessment a JOIN public_entity e ON e.id = a.entity_id
              WHERE %s
              ORDER BY e.name, a.id) ae
            """;

    static Query risks(NationalFilter filter) {
        NationalFilter.SqlCondition a = filter.assessments();
        NationalFilter.SqlCondition r = filter.risks();
        String sql = """
                SELECT ae.name, ae.type, ae.sector, ae.department, ae.period_year, ae.stage,
                       COALESCE(rr.scheme_code, ae.scheme_code), rr.process_name, rr.code, rr.statement, rr.category,
                       rr.typology_code, rr.probability, rr.impact, rr.inherent_level, rr.control_rating,
                       rr.residual_level, rr.response
                FROM %s
                CROSS JOIN LATERAL
                  (SELECT r.id, r.scheme_code, p.name AS process_name, r.code, r.statement, r.category,
                          r.typology_code, r.probability, r.impact, r.inherent_level, r.control_rating,
                          r.residual_level, r.response
                     FROM risk r JOIN process_in_scope p ON p.id = r.process_in_scope_id
                    WHERE r.assessment_id = ae.id AND %s
                    ORDER BY r.id) rr
                ORDER BY ae.name, ae.id, rr.id""".formatted(ASSESSMENTS.formatted(a.sql()), r.sql());
        return new Query(sql, concat(a.args(), r.args()));
    }

    static Query measures(NationalFilter filter) {
        NationalFilter.SqlCondition a = filter.assessments();
        NationalFilter.SqlCondition r = filter.risks();
        String sql = """
                SELECT ae.name, ae.type, ae.sector, ae.department, ae.period_year, ae.stage, mm.code,
                       COALESCE(mm.scheme_code, ae.scheme_code), mm.residual_level,
                       mm.description, mm.type, mm.cause_addressed, mm.responsible_unit, mm.responsible_person,
                       mm.start_date, mm.end_date, mm.indicator, mm.target_value, mm.verification_means, mm.resources,
                       mm.status, mm.progress, mm.overdue
                FROM %s
                CROSS JOIN LATERAL
                  (SELECT r.id AS risk_id, m.id, r.code, r.scheme_code, r.residual_level,
                          m.description, m.type, m.cause_addressed, m.responsible_unit, m.responsible_person,
                          m.start_date, m.end_date, m.indicator, m.target_value, m.verification_means, m.resources,
                          m.status, m.progress, m.overdue
                     FROM risk r JOIN measure m ON m.risk_id = r.id
                    WHERE r.assessment_id = ae.id AND %s
                    ORDER BY r.id, m.id) mm
                ORDER BY ae.name, ae.id, mm.risk_id, mm.id""".formatted(ASSESSMENTS.formatted(a.sql()), r.sql());
        return new Query(sql, concat(a.args(), r.args()));
    }

    static Query countRisks(NationalFilter filter) {
        NationalFilter.SqlCondition where = filter.where();
        return new Query("""
                SELECT COUNT(*) FROM risk r
                JOIN assessment a ON a.id = r.assessment_id
                JOIN public_entity e ON e.id = a.entity_id
                WHERE\s""" + where.sql(), where.args());
    }

    static Query countMeasures(NationalFilter filter) {
        NationalFilter.SqlCondition where = filter.where();
        return new Query("""
                SELECT COUNT(*) FROM measure m
                JOIN risk r ON r.id = m.risk_id
                JOIN assessment a ON a.id = r.assessment_id
                JOIN public_entity e ON e.id = a.entity_id
                WHERE\s""" + where.sql(), where.args());
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] all = new Object[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
