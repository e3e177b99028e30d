package pe.integrity.register;

/**
 * The national register's read model: plain SQL over the assessment and organisation tables, so rows can
 * stream through a cursor instead of being loaded as JPA entities (see docs/adr and docs/national-register.md).
 * Every query ends with the {@link NationalFilter#where()} condition; values are bound parameters.
 */
final class NationalSql {

    private NationalSql() {}

    private static final String FROM_RISKS = """
            FROM risk r
            JOIN assessment a ON a.id = r.assessment_id
            JOIN public_entity e ON e.id = a.entity_id
            """;

    static final String RISKS = """
            SELECT e.name, e.type, e.sector, e.department, a.period_year, a.stage,
                   COALESCE(r.scheme_code, a.scheme_code), p.name, r.code, r.statement, r.category, r.typology_code,
                   r.probability, r.impact, r.inherent_level, r.control_rating, r.residual_level, r.response
            FROM risk r
            JOIN assessment a ON a.id = r.assessment_id
            JOIN public_entity e ON e.id = a.entity_id
            JOIN process_in_scope p ON p.id = r.process_in_scope_id
            WHERE\s""";

    static final String RISK_ORDER = " ORDER BY e.name, a.id, r.id";

    static final String MEASURES = """
            SELECT e.name, e.type, e.sector, e.department, a.period_year, a.stage, r.code,
                   COALESCE(r.scheme_code, a.scheme_code), r.residual_level,
                   m.description, m.type, m.cause_addressed, m.responsible_unit, m.responsible_person,
                   m.start_date, m.end_date, m.indicator, m.verification_means, m.resources,
                   m.status, m.progress, m.overdue
            FROM measure m
            JOIN risk r ON r.id = m.risk_id
            JOIN assessment a ON a.id = r.assessment_id
            JOIN public_entity e ON e.id = a.entity_id
            WHERE\s""";

    static final String MEASURE_ORDER = " ORDER BY e.name, a.id, r.id, m.id";

    static final String COUNT_RISKS = "SELECT COUNT(*) " + FROM_RISKS + "WHERE ";

    static final String COUNT_MEASURES = "SELECT COUNT(*) FROM measure m JOIN risk r ON r.id = m.risk_id"
            + " JOIN assessment a ON a.id = r.assessment_id JOIN public_entity e ON e.id = a.entity_id WHERE ";
}
