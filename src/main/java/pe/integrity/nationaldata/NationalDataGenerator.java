package pe.integrity.nationaldata;

import static pe.integrity.nationaldata.NationalText.*;

import java.io.IOException;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.workflow.ProcessSeeding;

/**
 * Fills the database with national data (issue 11), deterministically: the country's entities (the seeded
 * ones from {@code entities.csv} completed to PCM, 18 ministries, ~150 other central entities, 25 regional
 * governments, 196 provincial and 1,690 district municipalities), four users per entity plus SIP reviewers and
 * auditors (password {@value #PASSWORD}), and for each entity a closed 2025 assessment (measures with
 * progress reports) and a 2026 assessment: the first {@code app.national-data.waiting-for-sip} entities'
 * submitted to SIP, the others spread over the other stages, follow-up included. Each assessment has 2–8 processes, 3–7 risks per
 * process, 1–4 measures per risk, and its process instance waits in the engine at its stage's step. Rows go in
 * with COPY; the engine's instances through its API. Runs once: a database that has the data is left alone.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "app.national-data.generate", havingValue = "true")
class NationalDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalDataGenerator.class);

    static final long BASE = 10_000_000;
    static final String PASSWORD = "demo12345";
    /** The period before the current one: closed, its measures with progress reports. */
    static final int FOLLOW_UP_PERIOD = 2025;
    static final int CURRENT_PERIOD = 2026;
    /** Target count per type: PCM and the other central entities, ministries, regions, provinces, districts. */
    static final Map<String, Integer> TARGET = Map.of("CENTRAL", 151, "MINISTRY", 18, "REGIONAL_GOVERNMENT", 25,
            "PROVINCIAL_MUNICIPALITY", 196, "DISTRICT_MUNICIPALITY", 1690);
    static final String[] ROLES = {"CONDUCTOR", "ALTA_DIRECCION", "TECNICO", "CONSULTIVO"};
    /** Stages of the current period's assessments not waiting for SIP, in turn. */
    static final AssessmentStage[] OTHER_STAGES = {AssessmentStage.PREPARATION, AssessmentStage.SCOPE_APPROVAL,
        AssessmentStage.IDENTIFICATION, AssessmentStage.EVALUATION, AssessmentStage.TREATMENT,
        AssessmentStage.INTERNAL_APPROVAL, AssessmentStage.CORRECTION, AssessmentStage.FOLLOW_UP};

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ProcessSeeding seeding;
    private final TransactionTemplate tx;
    private final PasswordEncoder passwords;
    private final ConfigurableApplicationContext context;
    private final int waitingForSip;
    private final boolean exit;

    NationalDataGenerator(DataSource dataSource, ProcessSeeding seeding, TransactionTemplate tx,
            PasswordEncoder passwords, ConfigurableApplicationContext context,
            @Value("${app.national-data.waiting-for-sip:2000}") int waitingForSip,
            @Value("${app.national-data.exit:false}") boolean exit) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.seeding = seeding;
        this.tx = tx;
        this.passwords = passwords;
        this.context = context;
        this.waitingForSip = waitingForSip;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (jdbc.queryForObject("select count(*) from assessment where id >= ?", Long.class, BASE) > 0) {
            log.info("National data is there already; nothing generated");
        } else {
            generate();
        }
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** An entity the generator fills: its id and where it comes in order (0, 1, 2 ...). */
    record Target(long id, int n) {}

    void generate() throws Exception {
        long start = System.nanoTime();
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        rows.put("public_entity", entities());
        // entities without users (the demo entities keep theirs and are left out)
        List<Long> ids = jdbc.queryForList("select e.id from public_entity e where not exists"
                + " (select 1 from app_user u where u.entity_id = e.id) order by e.id", Long.class);
        List<Target> targets = new ArrayList<>();
        for (int n = 0; n < ids.size(); n++) {
            targets.add(new Target(ids.get(n), n));
        }
        String hash = passwords.encode(PASSWORD);
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            rows.put("app_user", users(c, targets, hash));
            rows.put("assessment", assessments(c, targets));
            rows.putAll(content(c, targets));
            c.commit();
        } finally {
            c.close();
        }
        double copied = (System.nanoTime() - start) / 1e9;
        long copiedRows = rows.values().stream().mapToLong(Long::longValue).sum();
        log.info("national data: {} rows by COPY in {} s, {} rows/s", String.format("%,d", copiedRows),
                String.format("%.1f", copied), String.format("%,.0f", copiedRows / copied));
        long engine = System.nanoTime();
        rows.put("process instances", instances(targets));
        log.info("national data: {} process instances in {} s", rows.get("process instances"),
                String.format("%.1f", (System.nanoTime() - engine) / 1e9));
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        rows.forEach((table, n) -> log.info("national data: {} {}", String.format("%,10d", n), table));
        log.info("national data: {} rows in {} s, {} rows/s", String.format("%,d", total),
                String.format("%.1f", seconds), String.format("%,.0f", total / seconds));
    }

    /** Completes each type to its national count with generated names; returns the rows added. */
    private long entities() throws Exception {
        Map<String, Long> have = new HashMap<>();
        jdbc.query("select type, count(*) from public_entity group by type",
                r -> {
                    have.put(r.getString(1), r.getLong(2));
                });
        List<Object[]> add = new ArrayList<>();
        long id = BASE;
        for (String type : List.of("CENTRAL", "MINISTRY", "REGIONAL_GOVERNMENT", "PROVINCIAL_MUNICIPALITY",
                "DISTRICT_MUNICIPALITY")) {
            for (long k = have.getOrDefault(type, 0L); k < TARGET.get(type); k++) {
                String department = DEPARTMENTS[(int) (k % DEPARTMENTS.length)];
                String name = switch (type) {
                    case "CENTRAL" -> CENTRAL_KINDS[(int) (k % CENTRAL_KINDS.length)] + " N.º " + k + " del Sector "
                            + SECTORS[(int) (k % SECTORS.length)];
                    case "PROVINCIAL_MUNICIPALITY" -> "Municipalidad Provincial N.º " + k + " de " + department;
                    case "DISTRICT_MUNICIPALITY" -> "Municipalidad Distrital N.º " + k + " de " + department;
                    default -> type + " " + k;
                };
                String sector = switch (type) {
                    case "CENTRAL", "MINISTRY" -> SECTORS[(int) (k % SECTORS.length)];
                    case "REGIONAL_GOVERNMENT" -> "Gobiernos Regionales";
                    default -> "Gobiernos Locales";
                };
                add.add(new Object[] {id++, type, name, type.substring(0, 3) + k, type.startsWith("CENTRAL") ? "Lima"
                        : department, sector, true, 0});
            }
        }
        Connection c = dataSource.getConnection();
        try {
            CsvCopy.copy(c, "COPY public_entity (id, type, name, acronym, department, sector, active, version) FROM STDIN"
                    + " WITH (FORMAT csv)", w -> {
                        for (Object[] r : add) {
                            CsvCopy.row(w, r);
                        }
                    });
        } finally {
            c.close();
        }
        return add.size();
    }

    private long users(Connection c, List<Target> targets, String hash) throws Exception {
        long[] count = {0};
        CsvCopy.copy(c, "COPY app_user (id, username, password_hash, full_name, email, locale, enabled, entity_id, version)"
                + " FROM STDIN WITH (FORMAT csv)", w -> {
                    for (Target t : targets) {
                        for (int r = 0; r < ROLES.length; r++) {
                            long id = BASE + 4L * t.n() + r;
                            CsvCopy.row(w, id, username(ROLES[r], t.n()), hash, person(id), username(ROLES[r], t.n())
                                    + "@entidad.gob.pe", "es", true, t.id(), 0);
                            count[0]++;
                        }
                    }
                    for (int k = 1; k <= 10; k++) {
                        CsvCopy.row(w, BASE - k, "sip.revisor" + k, hash, person(k) + " (SIP)", "sip" + k + "@pcm.gob.pe",
                                "es", true, null, 0);
                        count[0]++;
                    }
                    for (int k = 1; k <= 5; k++) {
                        CsvCopy.row(w, BASE - 100 - k, "auditor" + k, hash, person(100 + k) + " (OCI)",
                                "auditor" + k + "@contraloria.gob.pe", "es", true, null, 0);
                        count[0]++;
                    }
                });
        CsvCopy.copy(c, "COPY app_user_role (user_id, role) FROM STDIN WITH (FORMAT csv)", w -> {
            for (Target t : targets) {
                for (int r = 0; r < ROLES.length; r++) {
                    CsvCopy.row(w, BASE + 4L * t.n() + r, ROLES[r]);
                }
            }
            for (int k = 1; k <= 10; k++) {
                CsvCopy.row(w, BASE - k, "SIP_REVIEWER");
            }
            for (int k = 1; k <= 5; k++) {
                CsvCopy.row(w, BASE - 100 - k, "AUDITOR");
            }
        });
        return count[0];
    }

    static String username(String role, int n) {
        return role.toLowerCase().replace("_direccion", "") + "." + (n + 1);
    }

    static long assessmentId(Target t, int period) {
        return BASE + 2L * t.n() + (period == FOLLOW_UP_PERIOD ? 0 : 1);
    }

    AssessmentStage stage(Target t, int period) {
        if (period == FOLLOW_UP_PERIOD) {
            return AssessmentStage.CLOSED;
        }
        return t.n() < waitingForSip ? AssessmentStage.SIP_REVIEW : OTHER_STAGES[t.n() % OTHER_STAGES.length];
    }

    static int processes(Target t, int period) {
        return 2 + (int) ((t.n() * 3L + period) % 7);
    }

    static int risks(long processId) {
        return 3 + (int) (processId % 5);
    }

    static int measures(long riskId) {
        return 1 + (int) (riskId % 4);
    }

    static long processId(Target t, int period, int p) {
        return BASE + (assessmentId(t, period) - BASE) * 8 + p;
    }

    static long riskId(long processId, int i) {
        return BASE + (processId - BASE) * 8 + i;
    }

    static long measureId(long riskId, int j) {
        return BASE + (riskId - BASE) * 4 + j;
    }

    private long assessments(Connection c, List<Target> targets) throws Exception {
        long[] count = {0};
        CsvCopy.copy(c, "COPY assessment (id, entity_id, period_year, period_end, stage, scheme_code, context, created_by,"
                + " created_at, submission_round, version) FROM STDIN WITH (FORMAT csv)", w -> {
                    for (Target t : targets) {
                        for (int period : new int[] {FOLLOW_UP_PERIOD, CURRENT_PERIOD}) {
                            AssessmentStage stage = stage(t, period);
                            CsvCopy.row(w, assessmentId(t, period), t.id(), period, period + "-12-31", stage.name(),
                                    "PROV-5X5-V1", "La entidad atiende a la ciudadanía de su jurisdicción con "
                                            + (40 + t.n() % 400) + " servidores; su presupuesto se ejecuta"
                                            + " principalmente en contrataciones y servicios.",
                                    username("CONDUCTOR", t.n()), period + "-01-15T10:00:00Z",
                                    stage == AssessmentStage.CORRECTION ? 2 : 1, 0);
                            count[0]++;
                        }
                    }
                });
        return count[0];
    }

    /** Processes, risks, measures and the follow-up reports of the closed period's measures. */
    private Map<String, Long> content(Connection c, List<Target> targets) throws Exception {
        long[] n = new long[4];
        CsvCopy.copy(c, "COPY process_in_scope (id, assessment_id, catalog_process_code, name, prioritisation_reason,"
                + " owner_username, responsible_unit, version) FROM STDIN WITH (FORMAT csv)", w -> {
                    for (Target t : targets) {
                        for (int period : new int[] {FOLLOW_UP_PERIOD, CURRENT_PERIOD}) {
                            for (int p = 0; p < processes(t, period); p++) {
                                CsvCopy.row(w, processId(t, period, p), assessmentId(t, period),
                                        p < PROCESS_CODES.length ? PROCESS_CODES[p] : null, PROCESS_NAMES[p],
                                        "Proceso con alta exposición a terceros, presupuesto significativo y"
                                                + " denuncias previas en la entidad.",
                                        username("TECNICO", t.n()), UNITS[p], 0);
                                n[0]++;
                            }
                        }
                    }
                });
        CsvCopy.copy(c, "COPY risk (id, assessment_id, process_in_scope_id, code, context, risky_behaviour, statement,"
                + " category, typology_code, causes, consequences, actors, existing_controls, probability, impact,"
                + " inherent_score, inherent_level, control_rating, residual_level, treatment_required, scheme_code,"
                + " response, change_status, removed, version) FROM STDIN WITH (FORMAT csv)", w -> {
                    for (Target t : targets) {
                        for (int period : new int[] {FOLLOW_UP_PERIOD, CURRENT_PERIOD}) {
                            int code = 0;
                            for (int p = 0; p < processes(t, period); p++) {
                                long process = processId(t, period, p);
                                for (int i = 0; i < risks(process); i++) {
                                    long risk = riskId(process, i);
                                    int probability = 1 + (int) (risk % 5);
                                    int impact = 1 + (int) ((risk / 5) % 5);
                                    int level = Math.min(3, probability * impact / 6);
                                    int rating = (int) (risk % 4);
                                    int residual = Math.max(0, level - (rating < 2 ? 1 : 0));
                                    CsvCopy.row(w, risk, assessmentId(t, period), process, String.format("R-%02d", ++code),
                                            "Etapa de " + PROCESS_NAMES[p].toLowerCase(),
                                            BEHAVIOURS[(int) (risk % BEHAVIOURS.length)], statement(risk),
                                            CATEGORIES[(int) (risk % CATEGORIES.length)],
                                            TYPOLOGIES[(int) (risk % TYPOLOGIES.length)], causes(risk),
                                            consequences(risk), "Servidores del área usuaria; proveedores y postores",
                                            "Revisión del jefe inmediato y visto bueno de la oficina de asesoría",
                                            probability, impact, probability * impact, LEVELS[level], RATINGS[rating],
                                            LEVELS[residual], residual >= 1, "PROV-5X5-V1", "MITIGATE", "NEW", false,
                                            0);
                                    n[1]++;
                                }
                            }
                        }
                    }
                });
        CsvCopy.copy(c, "COPY measure (id, risk_id, description, type, cause_addressed, responsible_unit, responsible_person,"
                + " start_date, end_date, indicator, verification_means, resources, status, progress, overdue,"
                + " version) FROM STDIN WITH (FORMAT csv)", w -> {
                    forEachMeasure(targets, (t, period, risk, j, measure) -> {
                        String status = period == FOLLOW_UP_PERIOD ? new String[] {"NOT_STARTED", "IN_PROGRESS",
                            "IMPLEMENTED"}[(int) ((risk + j) % 3)] : "NOT_STARTED";
                        CsvCopy.row(w, measure, risk, measure(risk, j), j % 2 == 0 ? "PREVENTIVE" : "DETECTIVE",
                                "Alta discrecionalidad en la evaluación", UNITS[(int) ((risk + j) % UNITS.length)],
                                person(measure), (period + 1) + "-02-01", (period + 1) + "-" + String.format("%02d",
                                        3 + (int) (measure % 10)) + "-30",
                                "Porcentaje de expedientes revisados por un segundo evaluador",
                                "Informe trimestral y actas de revisión", "Personal del área; sin presupuesto adicional",
                                status, "IMPLEMENTED".equals(status) ? 100 : "IN_PROGRESS".equals(status) ? 50 : 0,
                                false, 0);
                        n[2]++;
                    });
                });
        CsvCopy.copy(c, "COPY progress_report (id, measure_id, assessment_id, cycle, status, progress, comment, reported_by,"
                + " reporter_name, reported_at) FROM STDIN WITH (FORMAT csv)", w -> {
                    forEachMeasure(targets, (t, period, risk, j, measure) -> {
                        if (period == FOLLOW_UP_PERIOD && (risk + j) % 3 != 0) {
                            boolean done = (risk + j) % 3 == 2;
                            CsvCopy.row(w, measure, measure, assessmentId(t, period), 1, done ? "IMPLEMENTED" : "IN_PROGRESS",
                                    done ? 100 : 50, "Se avanzó según lo programado; se adjuntan las actas del"
                                            + " trimestre.", username("TECNICO", t.n()), person(BASE + 4L * t.n() + 2),
                                    (period + 1) + "-04-15T15:00:00Z");
                            n[3]++;
                        }
                    });
                });
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        rows.put("process_in_scope", n[0]);
        rows.put("risk", n[1]);
        rows.put("measure", n[2]);
        rows.put("progress_report", n[3]);
        return rows;
    }

    interface MeasureRow {
        void write(Target t, int period, long risk, int j, long measure) throws IOException;
    }

    private static void forEachMeasure(List<Target> targets, MeasureRow rows) throws IOException {
        for (Target t : targets) {
            for (int period : new int[] {FOLLOW_UP_PERIOD, CURRENT_PERIOD}) {
                for (int p = 0; p < processes(t, period); p++) {
                    long process = processId(t, period, p);
                    for (int i = 0; i < risks(process); i++) {
                        long risk = riskId(process, i);
                        for (int j = 0; j < measures(risk); j++) {
                            rows.write(t, period, risk, j, measureId(risk, j));
                        }
                    }
                }
            }
        }
    }

    /** Each assessment's process instance at its stage's step, 200 to a transaction. */
    private long instances(List<Target> targets) {
        List<Object[]> all = new ArrayList<>();
        for (Target t : targets) {
            all.add(new Object[] {t, CURRENT_PERIOD}); // the closed period's process has ended: nothing in the engine
        }
        long started = System.nanoTime();
        for (int k = 0; k < all.size(); k += 200) {
            List<Object[]> batch = all.subList(k, Math.min(k + 200, all.size()));
            tx.executeWithoutResult(s -> {
                List<Object[]> links = new ArrayList<>();
                for (Object[] a : batch) {
                    Target t = (Target) a[0];
                    int period = (Integer) a[1];
                    List<Long> processIds = new ArrayList<>();
                    for (int p = 0; p < processes(t, period); p++) {
                        processIds.add(processId(t, period, p));
                    }
                    AssessmentStage stage = stage(t, period);
                    String pi = seeding.startAtStage(assessmentId(t, period), t.id(), stage,
                            LocalDate.of(period, 12, 31), stage == AssessmentStage.CORRECTION ? 2 : 1, processIds);
                    links.add(new Object[] {pi, assessmentId(t, period)});
                }
                jdbc.batchUpdate("update assessment set process_instance_id = ? where id = ?", links);
            });
            if (k % 1000 == 0) {
                log.info("national data: {} of {} process instances ({} s)", k, all.size(),
                        (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        return all.size();
    }
}
