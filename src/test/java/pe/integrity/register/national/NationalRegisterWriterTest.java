package pe.integrity.register.national;

import static org.assertj.core.api.Assertions.assertThat;
import static pe.integrity.register.Workbooks.number;
import static pe.integrity.register.Workbooks.rowsOf;
import static pe.integrity.register.Workbooks.text;
import static pe.integrity.register.national.NationalFixture.PERIOD;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.register.Workbooks;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.WorkflowTasks;

/**
 * The national workbook built from two entities' assessments on PostgreSQL and read back with POI: every risk
 * and measure with its entity columns, each filter including and excluding the right rows, the summary against
 * SQL counts, level colours, and hostile text kept literal.
 */
@IntegrationTest
public class NationalRegisterWriterTest {

    static final Locale ES = Locale.forLanguageTag("es-PE");

    @Autowired NationalRegisterWriter writer;
    @Autowired NationalVocabularies vocabularies;
    @Autowired MessageSource messages;
    @Autowired Catalog catalog;
    @Autowired ScoringSchemes schemes;
    @Autowired Assessments assessments;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;
    @Autowired ScopeEditing scope;
    @Autowired RiskIdentification identification;
    @Autowired RiskEvaluation evaluation;
    @Autowired TreatmentPlanning treatment;
    @Autowired WorkflowTasks tasks;

    NationalFixture data;

    @BeforeEach
    void data() {
        data = NationalFixture.get(new NationalFixture.Services(entities, users, details, assessments, scope,
                identification, evaluation, treatment, tasks, schemes, jdbc));
    }

    @Test
    void everyRiskOfThePeriodIsARowWithItsEntityColumns() {
        XSSFWorkbook wb = write(NationalFilter.period(PERIOD));
        Sheet sheet = wb.getSheet("Riesgos");

        for (NationalFixture.Side side : List.of(data.a, data.b)) {
            List<Risk> risks = assessments.risks(side.conductor(), side.assessmentId());
            List<Row> rows = rowsOf(sheet, side.name());
            assertThat(rows).hasSize(risks.size());
            String stage = assessments.find(side.assessmentId()).getStage().name();
            Map<Long, String> processNames = assessments.processes(side.conductor(), side.assessmentId()).stream()
                    .collect(Collectors.toMap(p -> p.getId(), p -> p.getName()));
            for (Risk risk : risks) {
                Row row = rows.stream().filter(r -> risk.getCode().equals(text(r, 8))).findFirst().orElseThrow();
                assertThat(text(row, 1)).isEqualTo(msg("entityType." + side.type()));
                assertThat(text(row, 2)).isEqualTo(side.sector());
                assertThat(text(row, 3)).isEqualTo(side.department());
                assertThat(number(row, 4)).isEqualTo(PERIOD);
                assertThat(text(row, 5)).isEqualTo(msg("stage." + stage));
                String schemeCode = assessments.find(side.assessmentId()).getSchemeCode();
                assertThat(text(row, 6)).isEqualTo(schemeCode);
                assertThat(text(row, 7)).isEqualTo(processNames.get(risk.getProcess().getId()));
                assertThat(text(row, 9)).isEqualTo(risk.getStatement());
                assertThat(text(row, 10)).isEqualTo(msg(risk.getCategory().messageKey()));
                assertThat(text(row, 11)).isEqualTo(risk.getTypologyCode() == null
                        ? null
                        : catalog.typology(risk.getTypologyCode()).orElseThrow().nameEs());
                ScoringScheme scheme = schemes.byCode(schemeCode);
                if (risk.getResidualLevel() == null) {
                    assertThat(row.getCell(12)).isNull();
                    assertThat(row.getCell(16)).isNull();
                    continue;
                }
                assertThat(number(row, 12)).isEqualTo(risk.getProbability().doubleValue());
                assertThat(number(row, 13)).isEqualTo(risk.getImpact().doubleValue());
                assertThat(text(row, 14)).isEqualTo(scheme.level(risk.getInherentLevel()).labelEs());
                assertThat(text(row, 15)).isEqualTo(scheme.controlRating(risk.getControlRating()).labelEs());
                assertThat(text(row, 16)).isEqualTo(scheme.level(risk.getResidualLevel()).labelEs());
                assertThat(fill(row.getCell(16)))
                        .isEqualToIgnoringCase(scheme.level(risk.getResidualLevel()).colour().replace("#", ""));
                assertThat(fill(row.getCell(14)))
                        .isEqualToIgnoringCase(scheme.level(risk.getInherentLevel()).colour().replace("#", ""));
                assertThat(text(row, 17)).isEqualTo(risk.getResponse() == null ? null : msg("response." + risk.getResponse()));
            }
        }
    }

    @Test
    void everyMeasureIsARowWithItsEntityAndRisk() {
        XSSFWorkbook wb = write(NationalFilter.period(PERIOD));
        Sheet sheet = wb.getSheet("Medidas");
        List<Measure> measures = assessments.measures(data.a.conductor(), data.a.assessmentId());
        assertThat(measures).hasSize(4);
        List<Row> rows = rowsOf(sheet, data.a.name());
        assertThat(rows).hasSize(measures.size());
        assertThat(rowsOf(sheet, data.b.name())).isEmpty();
        for (Measure m : measures) {
            Row row = rows.stream()
                    .filter(r -> m.getRisk().getCode().equals(text(r, 6)) && m.getDescription().equals(text(r, 8)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row for measure " + m.getDescription()));
            assertThat(text(row, 1)).isEqualTo(msg("entityType." + data.a.type()));
            assertThat(text(row, 2)).isEqualTo(data.a.sector());
            assertThat(text(row, 3)).isEqualTo(data.a.department());
            assertThat(number(row, 4)).isEqualTo(PERIOD);
            assertThat(text(row, 9)).isEqualTo(msg("measureType." + m.getType()));
            assertThat(text(row, 10)).isEqualTo(m.getCauseAddressed());
            assertThat(text(row, 11)).isEqualTo(m.getResponsibleUnit());
            assertThat(text(row, 12)).isEqualTo(m.getResponsiblePerson());
            assertThat(row.getCell(13).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(m.getStartDate());
            assertThat(row.getCell(14).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(m.getEndDate());
            assertThat(text(row, 15)).isEqualTo(m.getIndicator());
            assertThat(text(sheet.getRow(0), 16)).isEqualTo(msg("national.column.targetValue"));
            assertThat(m.getTargetValue()).isNotBlank();
            assertThat(text(row, 16)).isEqualTo(m.getTargetValue());
            assertThat(text(row, 17)).isEqualTo(m.getVerificationMeans());
            assertThat(text(row, 18)).isEqualTo(m.getResources());
            assertThat(text(row, 19)).isEqualTo(msg("measureStatus." + m.getStatus()));
            assertThat(number(row, 20)).isEqualTo(m.getProgress());
            assertThat(text(row, 21)).isEqualTo(m.isOverdue() ? "Sí" : "No");
        }
    }

    @Test
    void eachFilterKeepsItsEntityAndDropsTheOther() {
        var a = data.a;
        var b = data.b;
        String stageA = assessments.find(a.assessmentId()).getStage().name();
        String stageB = assessments.find(b.assessmentId()).getStage().name();
        assertThat(stageA).isNotEqualTo(stageB);
        Map<String, NationalFilter> onlyA = Map.of(
                "sector", new NationalFilter(PERIOD, a.sector(), null, null, null, null),
                "department", new NationalFilter(PERIOD, null, a.department(), null, null, null),
                "type", new NationalFilter(PERIOD, null, null, a.type().name(), null, null),
                "stage", new NationalFilter(PERIOD, null, null, null, null, stageA));
        onlyA.forEach((name, filter) -> {
            XSSFWorkbook wb = write(filter);
            assertThat(rowsOf(wb.getSheet("Riesgos"), a.name())).as(name).hasSize(3);
            assertThat(rowsOf(wb.getSheet("Riesgos"), b.name())).as(name).isEmpty();
            assertThat(rowsOf(wb.getSheet("Medidas"), a.name())).as(name).hasSize(4);
            assertThat(allRows(wb.getSheet("Riesgos"))).as(name).allSatisfy(row -> matches(filter, row));
        });
        Map<String, NationalFilter> onlyB = Map.of(
                "sector", new NationalFilter(PERIOD, b.sector(), null, null, null, null),
                "department", new NationalFilter(PERIOD, null, b.department(), null, null, null),
                "type", new NationalFilter(PERIOD, null, null, b.type().name(), null, null),
                "stage", new NationalFilter(PERIOD, null, null, null, null, stageB));
        onlyB.forEach((name, filter) -> {
            XSSFWorkbook wb = write(filter);
            assertThat(rowsOf(wb.getSheet("Riesgos"), b.name())).as(name).hasSize(2);
            assertThat(rowsOf(wb.getSheet("Riesgos"), a.name())).as(name).isEmpty();
            assertThat(rowsOf(wb.getSheet("Medidas"), a.name())).as(name).isEmpty();
        });
    }

    @Test
    void theLevelFilterKeepsOnlyRisksWithThatResidualLevel() {
        ScoringScheme scheme = schemes.byCode(assessments.find(data.a.assessmentId()).getSchemeCode());
        String top = scheme.highestLevel().code();
        XSSFWorkbook wb = write(new NationalFilter(PERIOD, null, null, null, top, null));
        List<Row> rowsA = rowsOf(wb.getSheet("Riesgos"), data.a.name());
        // two of A's risks were rated at the top with the weakest controls; the third is low; B has none at the top
        assertThat(rowsA).hasSize(2).allSatisfy(r -> assertThat(text(r, 16)).isEqualTo(scheme.level(top).labelEs()));
        assertThat(rowsOf(wb.getSheet("Riesgos"), data.b.name())).isEmpty();
        assertThat(rowsOf(wb.getSheet("Medidas"), data.a.name())).hasSize(4);

        String low = scheme.lowestLevel().code();
        XSSFWorkbook lowWb = write(new NationalFilter(PERIOD, data.a.sector(), null, null, low, null));
        assertThat(rowsOf(lowWb.getSheet("Riesgos"), data.a.name()))
                .singleElement()
                .satisfies(r -> assertThat(text(r, 9)).isEqualTo(NationalFixture.HOSTILE_STATEMENT));
        assertThat(rowsOf(lowWb.getSheet("Medidas"), data.a.name())).isEmpty();
    }

    @Test
    void summaryCountsEqualTheDatabaseGroupedByLevelAndEntityType() {
        for (NationalFilter filter : List.of(NationalFilter.period(PERIOD),
                new NationalFilter(PERIOD, data.a.sector(), null, null, null, null),
                new NationalFilter(PERIOD, null, null, data.b.type().name(), null, null))) {
            Map<String, Long> expected = new HashMap<>();
            NationalFilter.SqlCondition where = filter.where();
            jdbc.query("SELECT COALESCE(r.scheme_code, a.scheme_code) AS scheme, r.residual_level AS level,"
                    + " e.type AS type, COUNT(*) AS n"
                    + " FROM risk r JOIN assessment a ON a.id = r.assessment_id"
                    + " JOIN public_entity e ON e.id = a.entity_id"
                    + " WHERE a.period_year = ? AND r.removed = FALSE" + extra(filter)
                    + " GROUP BY 1, 2, 3",
                    rs -> {
                        expected.put(rs.getString("scheme") + "|" + levelLabel(rs.getString("scheme"), rs.getString("level"))
                                + "|" + msg("entityType." + rs.getString("type")), rs.getLong("n"));
                    },
                    where.args());
            assertThat(expected).isNotEmpty();
            assertThat(summary(write(filter))).as(filter.toString()).isEqualTo(expected);
        }
    }

    @Test
    void hostileTextStaysLiteralTextNeverAFormula() {
        XSSFWorkbook wb = write(NationalFilter.period(PERIOD));
        Set<String> hostile = Set.of(NationalFixture.HOSTILE_DESCRIPTION, NationalFixture.HOSTILE_PERSON,
                NationalFixture.HOSTILE_INDICATOR, NationalFixture.HOSTILE_MEANS, NationalFixture.HOSTILE_STATEMENT,
                NationalFixture.HOSTILE_TAB, NationalFixture.HOSTILE_CR, "@Licencias y permisos");
        Set<String> found = new java.util.HashSet<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && hostile.contains(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().toString()).isTrue();
                        found.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(hostile);
        // and ordinary text is left as it is
        Row row = rowsOf(wb.getSheet("Riesgos"), data.a.name()).get(0);
        assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
    }

    /** The file properties are out of sight: the summary sheet says what the file is, its code, author and time. */
    @Test
    void theSummarySheetShowsWhatTheFileIsItsVerificationCodeAuthorAndTime() {
        Instant at = Instant.parse("2026-12-01T15:30:00Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(NationalFilter.period(PERIOD), vocabularies.forLocale(ES),
                new NationalRegisterWriter.DocumentInfo("Registro nacional " + PERIOD, "Revisora SIP", at,
                        "ABCDEFGHJKMNPQRSTVWX", "http://localhost/verificar?codigo=ABCDEFGHJKMNPQRSTVWX"),
                out, NationalRegisterWriter.Progress.NONE);
        Sheet summary = Workbooks.read(out.toByteArray()).getSheet("Resumen");
        Map<String, String> facts = new HashMap<>();
        for (Row row : summary) {
            if (row.getCell(0) != null && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING) {
                facts.put(text(row, 0), text(row, 1));
            }
        }

        assertThat(facts).containsEntry(msg("national.summary.document"), "Registro nacional " + PERIOD)
                .containsEntry(msg("national.summary.code"), "ABCD-EFGH-JKMN-PQRS-TVWX")
                .containsEntry(msg("national.summary.url"), "http://localhost/verificar?codigo=ABCDEFGHJKMNPQRSTVWX")
                .containsEntry(msg("national.summary.author"), "Revisora SIP")
                .containsEntry(msg("national.summary.generatedAt"), "01/12/2026 10:30")
                .containsEntry(msg("national.filter.period"), String.valueOf(PERIOD));
        assertThat(facts.get(msg("national.summary.what"))).contains("no es un registro aprobado por la SIP");
    }

    @Test
    void sheetsHaveFrozenHeadersFiltersWidthsAndTheVerificationCode() {
        XSSFWorkbook wb = write(NationalFilter.period(PERIOD));
        assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                .containsExactly("Riesgos", "Medidas", "Resumen");
        for (String name : List.of("Riesgos", "Medidas")) {
            XSSFSheet sheet = wb.getSheet(name);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("Entidad");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(45 * 256);
        }
        assertThat(wb.getProperties().getCustomProperties().getProperty("CodigoVerificacion").getLpwstr())
                .isEqualTo("TESTCODE");
        assertThat(wb.getProperties().getCoreProperties().getTitle()).contains(String.valueOf(PERIOD));
    }

    // ---- helpers ----

    private XSSFWorkbook write(NationalFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(filter, vocabularies.forLocale(ES),
                new NationalRegisterWriter.DocumentInfo("Registro nacional " + filter.periodYear(), "Prueba",
                        Instant.now(), "TESTCODE", "http://localhost/verificar?codigo=TESTCODE"),
                out, NationalRegisterWriter.Progress.NONE);
        return Workbooks.read(out.toByteArray());
    }

    private String msg(String key) {
        return messages.getMessage(key, null, ES);
    }

    private String levelLabel(String scheme, String level) {
        return level == null ? "Sin evaluar" : schemes.byCode(scheme).level(level).labelEs();
    }

    /** The extra SQL of a filter, written here independently of the writer's own clause. */
    private static String extra(NationalFilter f) {
        StringBuilder sql = new StringBuilder();
        if (f.sector() != null) sql.append(" AND e.sector = ?");
        if (f.department() != null) sql.append(" AND e.department = ?");
        if (f.entityType() != null) sql.append(" AND e.type = ?");
        if (f.residualLevel() != null) sql.append(" AND r.residual_level = ?");
        if (f.stage() != null) sql.append(" AND a.stage = ?");
        return sql.toString();
    }

    /** scheme|level label|entity type label → count, from the Resumen sheet's table (zeros left out). */
    private static Map<String, Long> summary(Workbook wb) {
        Sheet sheet = wb.getSheet("Resumen");
        Row header = null;
        Map<String, Long> counts = new HashMap<>();
        for (Row row : sheet) {
            if (header == null) {
                if ("Esquema de calificación".equals(text(row, 0))) {
                    header = row;
                }
                continue;
            }
            if ("Total".equals(text(row, 0))) {
                break;
            }
            for (int c = 2; c < header.getLastCellNum() - 1; c++) {
                long n = number(row, c).longValue();
                if (n > 0) {
                    counts.put(text(row, 0) + "|" + text(row, 1) + "|" + text(header, c), n);
                }
            }
        }
        return counts;
    }

    private static List<Row> allRows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                rows.add(row);
            }
        }
        return rows;
    }

    private void matches(NationalFilter f, Row row) {
        if (f.sector() != null) assertThat(text(row, 2)).isEqualTo(f.sector());
        if (f.department() != null) assertThat(text(row, 3)).isEqualTo(f.department());
        if (f.entityType() != null) assertThat(text(row, 1)).isEqualTo(msg("entityType." + f.entityType()));
        if (f.stage() != null) assertThat(text(row, 5)).isEqualTo(msg("stage." + f.stage()));
    }

    private static String fill(Cell cell) {
        XSSFColor colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
        return colour == null ? null : colour.getARGBHex().substring(2);
    }
}
