package pe.integrity.web;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;
import pe.integrity.nationaldata.CsvCopy;
import pe.integrity.workflow.AssessmentProcess;

/**
 * Entities with their four users, one assessment each (four processes, ten risks), loaded
 * with COPY; every {@value #REVIEW_EVERY}th assessment waits for SIP with its process instance started at the
 * review task in the engine, so SIP's queue is real. Entity {@code n} is the same rows whenever it is seeded,
 * so a data set grows by seeding the next range.
 */
final class PageCostSeed {

    static final long BASE = 5_000_000;
    static final int PROCESSES = 4;
    static final int RISKS = 10;
    static final int REVIEW_EVERY = 5;
    static final int PERIOD = 2025;
    private static final String[] ROLES = {"CONDUCTOR", "ALTA_DIRECCION", "TECNICO", "CONSULTIVO"};
    private static final String[] TYPES = {"DISTRICT_MUNICIPALITY", "PROVINCIAL_MUNICIPALITY", "REGIONAL_GOVERNMENT",
        "MINISTRY", "CENTRAL"};

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TransactionTemplate tx;

    PageCostSeed(DataSource dataSource, RuntimeService runtime, TransactionTemplate tx) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.runtime = runtime;
        this.tx = tx;
    }

    static long entityId(int n) {
        return BASE + n;
    }

    static long assessmentId(int n) {
        return BASE + n;
    }

    static boolean inReview(int n) {
        return n % REVIEW_EVERY == 0;
    }

    /** Approved by SIP (in follow-up, without a process: no walked page drives it), one measure per risk. */
    static boolean approved(int n) {
        return n % REVIEW_EVERY == 1;
    }

    /** Seeds entities {@code from} (inclusive) to {@code to} (exclusive). */
    void seed(int from, int to) throws Exception {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            CsvCopy.copy(c, "COPY public_entity (id, type, name, acronym, department, sector, active, version) FROM STDIN"
                    + " WITH (FORMAT csv)", w -> {
                        for (int n = from; n < to; n++) {
                            CsvCopy.row(w, entityId(n), TYPES[n % TYPES.length], "Entidad de escala " + n, "ESC" + n, "Lima",
                                    "Gobiernos Locales", true, 0);
                        }
                    });
            CsvCopy.copy(c, "COPY app_user (id, username, password_hash, full_name, email, locale, enabled, entity_id, version)"
                    + " FROM STDIN WITH (FORMAT csv)", w -> {
                        for (int n = from; n < to; n++) {
                            for (int r = 0; r < ROLES.length; r++) {
                                CsvCopy.row(w, BASE + 4L * n + r, ROLES[r].toLowerCase() + ".esc" + n, hash,
                                        "Persona " + r + " de la entidad " + n, "p" + r + ".esc" + n + "@example.pe",
                                        "es", true, entityId(n), 0);
                            }
                        }
                    });
            CsvCopy.copy(c, "COPY app_user_role (user_id, role) FROM STDIN WITH (FORMAT csv)", w -> {
                for (int n = from; n < to; n++) {
                    for (int r = 0; r < ROLES.length; r++) {
                        CsvCopy.row(w, BASE + 4L * n + r, ROLES[r]);
                    }
                }
            });
            CsvCopy.copy(c, "COPY assessment (id, entity_id, period_year, period_end, stage, scheme_code, context, created_by,"
                    + " created_at, submission_round, version) FROM STDIN WITH (FORMAT csv)", w -> {
                        for (int n = from; n < to; n++) {
                            CsvCopy.row(w, assessmentId(n), entityId(n), PERIOD, PERIOD + "-12-31",
                                    inReview(n) ? "SIP_REVIEW" : approved(n) ? "FOLLOW_UP" : "IDENTIFICATION", "PROV-5X5-V1",
                                    "Contexto de la entidad " + n, "conductor.esc" + n, PERIOD + "-01-15T10:00:00Z", 1, 0);
                        }
                    });
            CsvCopy.copy(c, "COPY process_in_scope (id, assessment_id, catalog_process_code, name, prioritisation_reason,"
                    + " owner_username, responsible_unit, version) FROM STDIN WITH (FORMAT csv)", w -> {
                        for (int n = from; n < to; n++) {
                            for (int p = 0; p < PROCESSES; p++) {
                                CsvCopy.row(w, processId(n, p), assessmentId(n), null, "Proceso " + p + " de la entidad " + n,
                                        "Exposición a terceros y presupuesto", "tecnico.esc" + n, "Unidad " + p, 0);
                            }
                        }
                    });
            CsvCopy.copy(c, "COPY risk (id, assessment_id, process_in_scope_id, code, context, risky_behaviour, statement,"
                    + " category, typology_code, causes, consequences, actors, existing_controls, probability, impact,"
                    + " inherent_score, inherent_level, control_rating, residual_level, treatment_required, scheme_code,"
                    + " response, change_status, removed, version) FROM STDIN WITH (FORMAT csv)", w -> {
                        for (int n = from; n < to; n++) {
                            for (int i = 0; i < RISKS; i++) {
                                CsvCopy.row(w, riskId(n, i), assessmentId(n), processId(n, i % PROCESSES),
                                        String.format("R-%02d", i + 1), "Contexto del proceso",
                                        "direccione las especificaciones técnicas",
                                        "Posibilidad de que un servidor direccione las especificaciones técnicas",
                                        "CORRUPTION_ACT", "COLUSION", "Discrecionalidad", "Perjuicio económico",
                                        "Servidores del área", "Revisión del jefe inmediato", 3, 4, 12, "ALTO",
                                        "DEBIL", "ALTO", true, "PROV-5X5-V1", "MITIGATE", "NEW", false, 0);
                            }
                        }
                    });
            // the library of measures reads the measures of approved registers
            CsvCopy.copy(c, "COPY measure (id, risk_id, description, type, responsible_unit, responsible_person, start_date,"
                    + " end_date, indicator, verification_means, status, progress, overdue, version) FROM STDIN"
                    + " WITH (FORMAT csv)", w -> {
                        for (int n = from; n < to; n++) {
                            if (!approved(n)) {
                                continue;
                            }
                            for (int i = 0; i < RISKS; i++) {
                                CsvCopy.row(w, riskId(n, i), riskId(n, i), "Publicar las especificaciones técnicas " + i,
                                        "PREVENTIVE", "Logística", "Jefe de Logística", PERIOD + "-03-01",
                                        PERIOD + "-09-30", "Porcentaje de procesos publicados", "Portal", "IN_PROGRESS",
                                        50, false, 0);
                            }
                        }
                    });
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        startReviews(from, to);
    }

    private void startReviews(int from, int to) {
        List<Integer> reviewed = new ArrayList<>();
        for (int n = from; n < to; n++) {
            if (inReview(n)) {
                reviewed.add(n);
            }
        }
        for (int k = 0; k < reviewed.size(); k += 100) {
            List<Integer> batch = reviewed.subList(k, Math.min(k + 100, reviewed.size()));
            tx.executeWithoutResult(s -> {
                List<Object[]> links = new ArrayList<>();
                for (int n : batch) {
                    Map<String, Object> vars = new HashMap<>();
                    vars.put(AssessmentProcess.VAR_ASSESSMENT_ID, assessmentId(n));
                    vars.put(AssessmentProcess.VAR_ENTITY_ID, entityId(n));
                    vars.put("periodEnd", PERIOD + "-12-31T23:59:59");
                    vars.put("reviewReminder", "P10D");
                    vars.put("reviewDeadline", "P15D");
                    vars.put("correctionReminder", "P10D");
                    vars.put("correctionDeadline", "P15D");
                    vars.put("followUpInterval", "P90D");
                    vars.put("measureDeadlineCheck", "R/P1D");
                    vars.put(AssessmentProcess.VAR_SUBMISSION_ROUND, 1);
                    String pi = runtime.createProcessInstanceByKey(AssessmentProcess.KEY)
                            .businessKey(String.valueOf(assessmentId(n)))
                            .setVariables(vars)
                            .startBeforeActivity(AssessmentProcess.REVIEW_SUBMISSION)
                            .execute()
                            .getId();
                    links.add(new Object[] {pi, assessmentId(n)});
                }
                jdbc.batchUpdate("update assessment set process_instance_id = ? where id = ?", links);
            });
        }
    }

    static long processId(int n, int p) {
        return BASE + (long) n * PROCESSES + p;
    }

    static long riskId(int n, int i) {
        return BASE + (long) n * RISKS + i;
    }
}
