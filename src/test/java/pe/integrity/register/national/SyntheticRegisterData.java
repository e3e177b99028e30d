package pe.integrity.register.national;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Synthetic national data for the benchmark, every value a pure function of an index, so the same values can
 * be loaded into PostgreSQL (COPY) and generated in memory for the raw SXSSF baseline.
 *
 * <p>{@value #ENTITIES} entities, one assessment each per period, {@value #PROCESSES} processes per assessment,
 * risks spread evenly over the assessments, {@code i % 3} measures for risk {@code i} (one per risk on average).
 */
public final class SyntheticRegisterData {

    static final int ENTITIES = 2000;
    static final int PROCESSES = 4;
    static final long ENTITY_BASE = 1_000_000;
    static final String SCHEME = "PROV-5X5-V1";

    static final String[] TYPES = {"CENTRAL", "MINISTRY", "REGIONAL_GOVERNMENT", "PROVINCIAL_MUNICIPALITY",
        "DISTRICT_MUNICIPALITY"};
    static final String[] TYPE_NAMES = {"Organismo Público", "Ministerio", "Gobierno Regional",
        "Municipalidad Provincial", "Municipalidad Distrital"};
    static final String[] SECTORS = {"Ambiente", "Economía y Finanzas", "Educación", "Salud", "Interior",
        "Transportes y Comunicaciones", "Vivienda, Construcción y Saneamiento", "Gobiernos Regionales",
        "Gobiernos Locales", "Producción"};
    static final String[] DEPARTMENTS = {"Amazonas", "Áncash", "Apurímac", "Arequipa", "Ayacucho", "Cajamarca",
        "Callao", "Cusco", "Huancavelica", "Huánuco", "Ica", "Junín", "La Libertad", "Lambayeque", "Lima", "Loreto",
        "Madre de Dios", "Moquegua", "Pasco", "Piura", "Puno", "San Martín", "Tacna", "Tumbes", "Ucayali"};
    static final String[] STAGES = {"IDENTIFICATION", "EVALUATION", "TREATMENT", "INTERNAL_APPROVAL", "SIP_REVIEW",
        "FOLLOW_UP"};
    static final String[] PROCESS_CODES = {"CONTRATACIONES", "RECURSOS_HUMANOS", "TRANSPARENCIA",
        "SERVICIOS_PUBLICOS"};
    static final String[] PROCESS_NAMES = {"Contrataciones", "Gestión de recursos humanos",
        "Transparencia y acceso a la información pública", "Provisión de servicios públicos"};
    static final String[] CATEGORIES = {"CORRUPTION_ACT", "MISCONDUCT", "QUESTIONABLE_PRACTICE"};
    static final String[] TYPOLOGIES = {"COHECHO", "COLUSION", "PECULADO", "NEGOCIACION_INCOMPATIBLE",
        "TRAFICO_INFLUENCIAS", "CONCUSION", "NEPOTISMO", "CONFLICTO_INTERESES"};
    static final String[] TYPOLOGY_NAMES = {"Cohecho (soborno)", "Colusión", "Peculado", "Negociación incompatible",
        "Tráfico de influencias", "Concusión", "Nepotismo", "Conflicto de intereses no declarado"};
    static final String[] LEVELS = {"BAJO", "MODERADO", "ALTO", "MUY_ALTO"};
    static final String[] LEVEL_NAMES = {"Bajo", "Moderado", "Alto", "Muy alto"};
    static final String[] LEVEL_COLOURS = {"#92D050", "#FFEB3B", "#FFA500", "#E53935"};
    static final String[] RATINGS = {"FUERTE", "MODERADO", "DEBIL", "INEXISTENTE"};
    static final String[] RATING_NAMES = {"Fuerte", "Moderado", "Débil", "Inexistente"};
    private static final int[] RATING_LOWERS = {2, 1, 1, 0};
    static final String[] BEHAVIOURS = {"direccione las especificaciones técnicas", "otorgue conformidad a prestaciones no ejecutadas",
        "favorezca a familiares en la selección", "solicite un pago indebido durante la inspección",
        "oculte información pública solicitada", "use información privilegiada del expediente",
        "apruebe pagos sin sustento", "omita declarar un conflicto de intereses"};
    static final String[] MEASURE_STATUSES = {"NOT_STARTED", "IN_PROGRESS", "IMPLEMENTED"};

    /** One period's data: {@code risks} risks over {@link #ENTITIES} assessments. */
    record Dataset(int period, int risks, long idBase) {

        int perAssessment() {
            return risks / ENTITIES;
        }

        int assessment(int risk) {
            return risk / perAssessment();
        }

        long assessmentId(int a) {
            return idBase + a;
        }

        long processId(int risk) {
            return idBase + (long) assessment(risk) * PROCESSES + process(risk);
        }

        int process(int risk) {
            return (risk % perAssessment()) % PROCESSES;
        }

        String code(int risk) {
            return String.format("R-%03d", risk % perAssessment() + 1);
        }

        String stage(int a) {
            return STAGES[(a + period) % STAGES.length];
        }
    }

    private SyntheticRegisterData() {}

    // ---- entity columns ----

    static String entityName(int e) {
        return TYPE_NAMES[e % TYPES.length] + " Sintética " + String.format("%04d", e) + " de "
                + DEPARTMENTS[e % DEPARTMENTS.length];
    }

    static String type(int e) {
        return TYPES[e % TYPES.length];
    }

    static String sector(int e) {
        return SECTORS[(e / 5) % SECTORS.length];
    }

    static String department(int e) {
        return DEPARTMENTS[e % DEPARTMENTS.length];
    }

    // ---- risk columns ----

    static String statement(int i) {
        return "Posibilidad de que un servidor del área " + BEHAVIOURS[i % BEHAVIOURS.length]
                + " en la etapa de ejecución para obtener un beneficio indebido para sí o para terceros (" + i + ")";
    }

    static String category(int i) {
        return CATEGORIES[i % 7 == 0 ? 2 : i % 2];
    }

    /** Every ninth risk has no typology. */
    static String typology(int i) {
        return i % 9 == 8 ? null : TYPOLOGIES[i % TYPOLOGIES.length];
    }

    static int probability(int i) {
        return 1 + i % 5;
    }

    static int impact(int i) {
        return 1 + (i / 5) % 5;
    }

    static int inherentLevel(int i) {
        int score = probability(i) * impact(i);
        return score <= 4 ? 0 : score <= 9 ? 1 : score <= 16 ? 2 : 3;
    }

    static int rating(int i) {
        return (i / 25) % RATINGS.length;
    }

    static int residualLevel(int i) {
        return Math.max(0, inherentLevel(i) - RATING_LOWERS[rating(i)]);
    }

    static String response(int i) {
        return residualLevel(i) >= 1 ? "MITIGATE" : "ACCEPT";
    }

    static int measures(int i) {
        return i % 3;
    }

    // ---- measure columns (risk i, measure j) ----

    static String measureDescription(int i, int j) {
        return (j == 0 ? "Publicar en el portal de transparencia las actas y bases del proceso"
                : "Implementar una revisión aleatoria por un segundo servidor de los expedientes") + " (riesgo " + i + ")";
    }

    static String measureType(int j) {
        return j == 0 ? "PREVENTIVE" : "DETECTIVE";
    }

    static String cause(int i) {
        return "Alta discrecionalidad y controles manuales";
    }

    static String unit(int i, int j) {
        return j == 0 ? "Oficina de Logística" : "Órgano de Control Institucional";
    }

    static String person(int i, int j) {
        return j == 0 ? "Jefe de la Oficina de Logística" : "Jefe del Órgano de Control";
    }

    static LocalDate start(int period) {
        return LocalDate.of(period, 3, 1);
    }

    static LocalDate end(int period, int i) {
        return LocalDate.of(period, 6 + i % 6, 30 - i % 2);
    }

    static String indicator(int j) {
        return j == 0 ? "Porcentaje de procesos con actas publicadas" : "Número de expedientes revisados por trimestre";
    }

    static String means(int j) {
        return j == 0 ? "Reporte del portal de transparencia" : "Informe trimestral de revisión";
    }

    static String resources(int j) {
        return j == 0 ? "Personal de la oficina" : "Personal del órgano de control";
    }

    static String measureStatus(int i, int j) {
        return MEASURE_STATUSES[(i + j) % 3];
    }

    static int progress(int i, int j) {
        return switch (measureStatus(i, j)) {
            case "NOT_STARTED" -> 0;
            case "IN_PROGRESS" -> 10 + (i % 8) * 10;
            default -> 100;
        };
    }

    static boolean overdue(int i, int j) {
        return (i + j) % 10 == 3;
    }

    // ---- loading ----

    static void loadEntities(Connection c) throws SQLException, IOException {
        copy(c, "COPY public_entity (id, type, name, acronym, department, sector, active, version) FROM STDIN"
                + " WITH (FORMAT csv)", w -> {
                    for (int e = 0; e < ENTITIES; e++) {
                        row(w, ENTITY_BASE + e, type(e), entityName(e), "SINT" + e, department(e), sector(e), true, 0);
                    }
                });
    }

    static void load(Connection c, Dataset d) throws SQLException, IOException {
        copy(c, "COPY assessment (id, entity_id, period_year, period_end, stage, scheme_code, context, created_by,"
                + " created_at, submission_round, version) FROM STDIN WITH (FORMAT csv)", w -> {
                    for (int a = 0; a < ENTITIES; a++) {
                        row(w, d.assessmentId(a), ENTITY_BASE + a, d.period(), d.period() + "-12-31", d.stage(a), SCHEME,
                                "Contexto de la entidad", "benchmark", d.period() + "-01-15T10:00:00Z", 1, 0);
                    }
                });
        copy(c, "COPY process_in_scope (id, assessment_id, catalog_process_code, name, prioritisation_reason,"
                + " owner_username, responsible_unit, version) FROM STDIN WITH (FORMAT csv)", w -> {
                    for (int a = 0; a < ENTITIES; a++) {
                        for (int p = 0; p < PROCESSES; p++) {
                            row(w, d.idBase() + (long) a * PROCESSES + p, d.assessmentId(a), PROCESS_CODES[p],
                                    PROCESS_NAMES[p], "Exposición a terceros y presupuesto", "tecnico", "Unidad " + p, 0);
                        }
                    }
                });
        copy(c, "COPY risk (id, assessment_id, process_in_scope_id, code, context, risky_behaviour, statement, category,"
                + " typology_code, causes, consequences, actors, existing_controls, probability, impact, inherent_score,"
                + " inherent_level, control_rating, residual_level, treatment_required, scheme_code, response,"
                + " change_status, removed, version) FROM STDIN WITH (FORMAT csv)", w -> {
                    for (int i = 0; i < d.risks(); i++) {
                        row(w, d.idBase() + i, d.assessmentId(d.assessment(i)), d.processId(i), d.code(i),
                                "Contexto del proceso", BEHAVIOURS[i % BEHAVIOURS.length], statement(i), category(i),
                                typology(i), "Discrecionalidad; controles manuales", "Perjuicio económico",
                                "Servidores del área; proveedores", "Revisión del jefe inmediato", probability(i),
                                impact(i), probability(i) * impact(i), LEVELS[inherentLevel(i)], RATINGS[rating(i)],
                                LEVELS[residualLevel(i)], residualLevel(i) >= 1, SCHEME, response(i), "NEW", false, 0);
                    }
                });
        copy(c, "COPY measure (id, risk_id, description, type, cause_addressed, responsible_unit, responsible_person,"
                + " start_date, end_date, indicator, verification_means, resources, status, progress, overdue, version)"
                + " FROM STDIN WITH (FORMAT csv)", w -> {
                    for (int i = 0; i < d.risks(); i++) {
                        for (int j = 0; j < measures(i); j++) {
                            row(w, d.idBase() + 3L * i + j, d.idBase() + i, measureDescription(i, j), measureType(j),
                                    cause(i), unit(i, j), person(i, j), start(d.period()), end(d.period(), i),
                                    indicator(j), means(j), resources(j), measureStatus(i, j), progress(i, j),
                                    overdue(i, j), 0);
                        }
                    }
                });
    }

    interface Rows {
        void write(Writer w) throws IOException;
    }

    private static void copy(Connection c, String sql, Rows rows) throws SQLException, IOException {
        PGConnection pg = c.unwrap(PGConnection.class);
        try (Writer w = new BufferedWriter(
                new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            rows.write(w);
        }
    }

    private static void row(Writer w, Object... values) throws IOException {
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                w.write(',');
            }
            Object v = values[k];
            if (v == null) {
                continue; // empty unquoted = NULL in CSV COPY
            }
            if (v instanceof String s) {
                w.write('"');
                w.write(s.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(String.valueOf(v));
            }
        }
        w.write('\n');
    }
}
