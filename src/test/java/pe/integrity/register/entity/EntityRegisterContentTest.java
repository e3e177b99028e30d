package pe.integrity.register.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.register.RegisterFiles;
import pe.integrity.register.RegisterJourney;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.support.IntegrationTest;

/**
 * Registers of a realistic assessment, read back with PDFBox and POI and compared with what the database holds,
 * on both provisional schemes: a draft before SIP's review, the approved register SIP's approval produces, and a
 * draft during follow-up. Expected values come from SQL, never from the register code.
 */
@IntegrationTest
public class EntityRegisterContentTest {

    static final List<String> SECTIONS = List.of("Portada", "1. Procesos en el alcance", "2. Riesgos identificados",
            "3. Evaluación de los riesgos", "4. Plan de tratamiento", "5. Estado de seguimiento",
            "6. Historial de revisión", "Observaciones de la SIP", "Aprobaciones", "Base legal");
    static final List<String> SHEETS = List.of("Portada", "Procesos", "Riesgos", "Evaluación", "Mapas de calor",
            "Tratamiento", "Seguimiento", "Historial", "Observaciones");

    @Autowired ApplicationContext ctx;
    @Autowired EntityRegisters registers;
    @Autowired RegisterArchive archive;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"PROV-5X5-V1", "PROV-3X3-V1"})
    void registersShowEverySectionRiskMeasureAndJournalEntryOnEitherScheme(String schemeCode) {
        RegisterJourney j = RegisterJourney.open(ctx, schemeCode, t -> t).planned();
        StoredRegister draftPdf = registers.draft(j.team.conductor(), j.assessmentId, RegisterKind.ENTITY_PDF);
        StoredRegister draftXlsx = registers.draft(j.team.conductor(), j.assessmentId, RegisterKind.ENTITY_XLSX);
        List<String> beforeReview = expectedTexts(j.assessmentId);

        j.observedAndResubmitted().approvedBySip();
        List<StoredRegister> approved = archive.ofAssessment(j.assessmentId).stream().filter(d -> !d.draft()).toList();
        List<String> atApproval = expectedTexts(j.assessmentId);
        j.progressReported();
        StoredRegister followUpPdf = registers.draft(j.team.conductor(), j.assessmentId, RegisterKind.ENTITY_PDF);
        StoredRegister followUpXlsx = registers.draft(j.team.conductor(), j.assessmentId, RegisterKind.ENTITY_XLSX);
        List<String> inFollowUp = expectedTexts(j.assessmentId);

        assertThat(approved).extracting(StoredRegister::kind)
                .containsExactlyInAnyOrder(RegisterKind.ENTITY_PDF, RegisterKind.ENTITY_XLSX);
        assertThat(approved).allSatisfy(d -> {
            assertThat(d.generatedBy()).isEqualTo(pe.integrity.shared.SystemActor.USERNAME);
            assertThat(d.submissionRound()).isEqualTo(2);
            assertThat(d.schemeCode()).isEqualTo(schemeCode);
        });
        StoredRegister approvedPdf = approved.stream().filter(d -> d.kind() == RegisterKind.ENTITY_PDF).findFirst().orElseThrow();
        StoredRegister approvedXlsx = approved.stream().filter(d -> d.kind() == RegisterKind.ENTITY_XLSX).findFirst().orElseThrow();

        checkPdf(j, draftPdf, beforeReview);
        checkPdf(j, approvedPdf, atApproval);
        checkPdf(j, followUpPdf, inFollowUp);
        checkWorkbook(j, draftXlsx, beforeReview);
        checkWorkbook(j, approvedXlsx, atApproval);
        checkWorkbook(j, followUpXlsx, inFollowUp);
        // the journal of the approved register holds SIP's observation round and its comment
        String approvedText = RegisterFiles.pdfText(RegisterFiles.bytes(archive, approvedPdf));
        assertThat(approvedText).contains(RegisterJourney.SIP_COMMENT, label("event.SIP_OBSERVED"),
                label("event.SIP_APPROVED"), label("event.CORRECTED"));
        // observations by round and target: the observed risk and measure are named, the resolved one says so
        String risk = jdbc.queryForObject("SELECT target_label FROM observation WHERE assessment_id = ? AND target_type = 'RISK'",
                String.class, j.assessmentId);
        assertThat(RegisterFiles.squash(approvedText)).contains(RegisterFiles.squash(
                label("observations.target.RISK") + " " + risk + " " + RegisterJourney.RISK_OBSERVATION));
        assertThat(approvedText).contains(label("observations.resolved"), label("observations.open"));
        // follow-up: the reported progress is in the draft generated afterwards
        String followUpText = RegisterFiles.pdfText(RegisterFiles.bytes(archive, followUpPdf));
        assertThat(followUpText).contains(label("measureStatus.IMPLEMENTED"), label("measureStatus.IN_PROGRESS"));
    }

    private void checkPdf(RegisterJourney j, StoredRegister doc, List<String> expected) {
        byte[] pdf = RegisterFiles.bytes(archive, doc);
        List<String> pages = RegisterFiles.pdfPages(pdf);
        List<String> footers = RegisterFiles.pdfFooters(pdf);
        String text = String.join(" ", pages);
        assertThat(pages).hasSizeGreaterThan(5);
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertThat(footers.get(p)).as("footer of page %d of %s", p + 1, doc.filename())
                    .contains("página " + (p + 1) + " de " + pages.size())
                    .contains(doc.displayCode());
            if (doc.draft()) {
                assertThat(page).as("page %d", p + 1).contains("BORRADOR");
            } else {
                assertThat(page).as("page %d", p + 1).doesNotContain("BORRADOR");
            }
        }
        assertThat(text).contains(SECTIONS).contains(doc.schemeCode()).contains("ESQUEMA PROVISIONAL")
                .contains(archive.verificationUrl(doc.verificationCode()));
        // a cell may wrap after a hyphen ("R-" / "03"): compare without any whitespace
        assertThat(RegisterFiles.squash(text)).contains(expected.stream().map(RegisterFiles::squash).toList());
        assertThat(RegisterFiles.pdfImages(pdf)).as("both heat maps are pictures").isGreaterThanOrEqualTo(2);
        // the count table printed beside the inherent map: "<impact> <count per probability>..."
        ScoringScheme scheme = j.scheme();
        Map<String, Integer> cells = inherentCounts(j.assessmentId);
        for (var impact : scheme.impactLevels()) {
            StringBuilder row = new StringBuilder(impact.value() + " · " + impact.labelEs());
            for (var probability : scheme.probabilityLevels()) {
                row.append(' ').append(cells.getOrDefault(probability.value() + "/" + impact.value(), 0));
            }
            assertThat(text).contains(row);
        }
        // and beside the residual map: "<inherent level> <count per control rating>..."
        Map<String, Integer> residual = residualCounts(j.assessmentId);
        for (RiskLevel level : scheme.levels()) {
            StringBuilder row = new StringBuilder(level.labelEs());
            for (ControlRating rating : scheme.controlRatings()) {
                row.append(' ').append(residual.getOrDefault(level.code() + "/" + rating.code(), 0));
            }
            assertThat(text).contains(row);
        }
    }

    private Map<String, Integer> residualCounts(Long assessmentId) {
        Map<String, Integer> residual = new HashMap<>();
        jdbc.query("SELECT inherent_level, control_rating, count(*) n FROM risk WHERE assessment_id = ? AND NOT removed "
                        + "AND residual_level IS NOT NULL GROUP BY inherent_level, control_rating",
                rs -> {
                    residual.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
                }, assessmentId);
        return residual;
    }

    private void checkWorkbook(RegisterJourney j, StoredRegister doc, List<String> expected) {
        try (XSSFWorkbook wb = RegisterFiles.workbook(RegisterFiles.bytes(archive, doc))) {
            for (String name : SHEETS) {
                Sheet sheet = wb.getSheet(name);
                assertThat(sheet).as("sheet " + name).isNotNull();
                if (doc.draft()) {
                    assertThat(RegisterFiles.strings(sheet)).as(name).contains("BORRADOR");
                } else {
                    assertThat(RegisterFiles.strings(sheet)).as(name).doesNotContain("BORRADOR");
                }
            }
            List<String> all = SHEETS.stream().flatMap(n -> RegisterFiles.strings(wb.getSheet(n)).stream()).toList();
            assertThat(all).containsAll(expected);
            assertThat(String.join("\n", all)).contains(doc.schemeCode()).contains(doc.displayCode());
            var props = wb.getProperties().getCustomProperties();
            assertThat(props.getProperty("CodigoVerificacion").getLpwstr()).isEqualTo(doc.verificationCode());
            assertThat(props.getProperty("URLVerificacion").getLpwstr()).isEqualTo(archive.verificationUrl(doc.verificationCode()));
            assertThat(wb.getProperties().getCoreProperties().getKeywords()).contains(doc.verificationCode());
            checkRiskSheet(j, wb.getSheet("Riesgos"), wb.getSheet("Evaluación"));
            checkHeatMaps(j, wb.getSheet("Mapas de calor"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void checkRiskSheet(RegisterJourney j, XSSFSheet risks, XSSFSheet evaluation) {
        int header = RegisterFiles.find(risks, "Código").getRowIndex();
        int code = RegisterFiles.column(risks, header, "Código");
        List<String> codes = jdbc.queryForList(
                "SELECT code FROM risk WHERE assessment_id = ? AND NOT removed ORDER BY code", String.class, j.assessmentId);
        for (int i = 0; i < codes.size(); i++) {
            assertThat(risks.getRow(header + 1 + i).getCell(code).getStringCellValue()).isEqualTo(codes.get(i));
        }
        assertThat(risks.getPaneInformation().isFreezePane()).isTrue();
        assertThat(risks.getCTWorksheet().getAutoFilter().getRef()).endsWith(String.valueOf(header + 1 + codes.size()));
        assertThat(risks.getDataValidations()).isNotEmpty();
        // level cells are filled with the scheme's colour of the level they name
        int evalHeader = RegisterFiles.find(evaluation, "Código").getRowIndex();
        int inherent = RegisterFiles.column(evaluation, evalHeader, "Nivel inherente");
        ScoringScheme scheme = j.scheme();
        for (int i = 0; i < codes.size(); i++) {
            XSSFCell cell = evaluation.getRow(evalHeader + 1 + i).getCell(inherent);
            RiskLevel level = scheme.levels().stream().filter(l -> l.labelEs().equals(cell.getStringCellValue()))
                    .findFirst().orElseThrow();
            assertThat("#" + cell.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2))
                    .isEqualToIgnoringCase(level.colour());
        }
        assertThat(evaluation.getDataValidations()).extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
                .contains(inherent);
    }

    /** Every cell of both matrices holds the number of risks the database has in it. */
    private void checkHeatMaps(RegisterJourney j, Sheet sheet) {
        ScoringScheme scheme = j.scheme();
        Map<String, Integer> inherent = inherentCounts(j.assessmentId);
        Map<String, Integer> found = readMatrix(sheet, "Mapa de calor del riesgo inherente",
                label -> Integer.parseInt(label.substring(0, label.indexOf(' '))) + "",
                label -> Integer.parseInt(label.substring(0, label.indexOf(' '))) + "");
        assertThat(found).hasSize(scheme.probabilityLevels().size() * scheme.impactLevels().size());
        found.forEach((rowCol, count) -> {
            String[] ic = rowCol.split("\\|");
            assertThat(count).as("inherent cell P%s I%s", ic[1], ic[0]).isEqualTo(inherent.getOrDefault(ic[1] + "/" + ic[0], 0));
        });
        Map<String, Integer> residual = residualCounts(j.assessmentId);
        Map<String, Integer> foundResidual = readMatrix(sheet, "Mapa de calor del riesgo residual",
                label -> scheme.levels().stream().filter(l -> l.labelEs().equals(label)).findFirst().orElseThrow().code(),
                label -> scheme.controlRatings().stream().filter(c -> c.labelEs().equals(label)).findFirst()
                        .map(ControlRating::code).orElseThrow());
        assertThat(foundResidual).hasSize(scheme.levels().size() * scheme.controlRatings().size());
        foundResidual.forEach((rowCol, count) -> {
            String[] lc = rowCol.split("\\|");
            assertThat(count).as("residual cell %s/%s", lc[0], lc[1]).isEqualTo(residual.getOrDefault(lc[0] + "/" + lc[1], 0));
        });
        assertThat(foundResidual.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(inherent.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM risk WHERE assessment_id = ? AND NOT removed",
                        Integer.class, j.assessmentId));
    }

    /** rowKey|columnKey → count, from the matrix under the title cell: header row of columns, then labelled rows. */
    private static Map<String, Integer> readMatrix(Sheet sheet, String title, java.util.function.Function<String, String> rowKey,
            java.util.function.Function<String, String> colKey) {
        Cell anchor = RegisterFiles.find(sheet, title);
        int top = anchor.getRowIndex() + 1;
        int left = anchor.getColumnIndex();
        Row header = sheet.getRow(top);
        Map<String, Integer> cells = new HashMap<>();
        for (int r = top + 1; sheet.getRow(r) != null && sheet.getRow(r).getCell(left) != null
                && !sheet.getRow(r).getCell(left).getStringCellValue().isEmpty(); r++) {
            Row row = sheet.getRow(r);
            for (int c = left + 1; header.getCell(c) != null && header.getCell(c).getCellType() == CellType.STRING; c++) {
                assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
                cells.put(rowKey.apply(row.getCell(left).getStringCellValue()) + "|"
                        + colKey.apply(header.getCell(c).getStringCellValue()), (int) row.getCell(c).getNumericCellValue());
            }
        }
        return cells;
    }

    private Map<String, Integer> inherentCounts(Long assessmentId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("SELECT probability, impact, count(*) FROM risk WHERE assessment_id = ? AND NOT removed "
                        + "AND probability IS NOT NULL GROUP BY probability, impact",
                rs -> {
                    counts.put(rs.getInt(1) + "/" + rs.getInt(2), rs.getInt(3));
                }, assessmentId);
        return counts;
    }

    /** Texts the database holds that every register of the assessment must show. */
    private List<String> expectedTexts(Long assessmentId) {
        List<String> texts = new java.util.ArrayList<>();
        texts.addAll(jdbc.queryForList("SELECT code FROM risk WHERE assessment_id = ? AND NOT removed", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT statement FROM risk WHERE assessment_id = ? AND NOT removed", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT existing_controls FROM risk WHERE assessment_id = ? AND NOT removed", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT m.description FROM measure m JOIN risk r ON r.id = m.risk_id "
                + "WHERE r.assessment_id = ?", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT m.indicator FROM measure m JOIN risk r ON r.id = m.risk_id "
                + "WHERE r.assessment_id = ?", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT name FROM process_in_scope WHERE assessment_id = ?", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT prioritisation_reason FROM process_in_scope WHERE assessment_id = ?", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT actor_name FROM assessment_event WHERE assessment_id = ?", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT comment FROM assessment_event WHERE assessment_id = ? AND comment IS NOT NULL",
                String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT text FROM observation WHERE assessment_id = ?", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT author_name FROM observation WHERE assessment_id = ?", String.class, assessmentId));
        jdbc.queryForList("SELECT DISTINCT type FROM assessment_event WHERE assessment_id = ?", String.class, assessmentId)
                .forEach(type -> texts.add(label("event." + type)));
        return texts.stream().map(RegisterFiles::normal).distinct().toList();
    }

    private String label(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("es-PE"));
    }
}
