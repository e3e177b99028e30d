package pe.integrity.register.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.integrity.register.RegisterFiles;
import pe.integrity.register.RegisterJourney;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.shared.Display;
import pe.integrity.support.IntegrationTest;

/**
 * What the entity register says about approvals and follow-up, read back with PDFBox and POI: approvals listed by
 * round of submission to SIP (Alta Dirección's approval, SIP's observation, SIP's approval) with the signature
 * blocks of those who approve; each measure's target value; its latest progress comment and its evidence files.
 * Expected values come from SQL.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class RegisterRoundsAndFollowUpTest {

    static final String EVIDENCE = "acta del comité de integridad.pdf";

    @Autowired ApplicationContext ctx;
    @Autowired EntityRegisters registers;
    @Autowired RegisterArchive archive;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;

    RegisterJourney j;
    String pdfText;
    XSSFWorkbook workbook;

    /** One journey for all tests: it is the slow part. */
    @BeforeAll
    void twoRoundsApprovedThenProgressAndEvidence() throws Exception {
        j = RegisterJourney.open(ctx, RegisterJourney.FIVE, t -> t).planned().observedAndResubmitted().approvedBySip()
                .progressReported().evidenceUploaded(EVIDENCE).ratedAtClose();
        byte[] pdf = RegisterFiles.bytes(archive, registers.draft(j.team.conductor(), j.assessmentId, RegisterKind.ENTITY_PDF));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "register-rounds.pdf"), pdf); // to look at
        pdfText = RegisterFiles.pdfText(pdf);
        workbook = RegisterFiles.workbook(RegisterFiles.bytes(archive,
                registers.draft(j.team.conductor(), j.assessmentId, RegisterKind.ENTITY_XLSX)));
    }

    @Test
    void approvalsAreListedByRoundWithTheirPeopleAndDatesInBothRegisters() {
        List<String> expected = expectedApprovalRows();
        // round 1: Alta Dirección approves, SIP observes; round 2: Alta Dirección approves again, SIP approves
        assertThat(expected).hasSize(5);
        assertThat(expected.get(1)).startsWith("Ronda 1 " + label("event.APPROVED_INTERNALLY"));
        assertThat(expected.get(2)).startsWith("Ronda 1 " + label("event.SIP_OBSERVED"));
        assertThat(expected.get(3)).startsWith("Ronda 2 " + label("event.APPROVED_INTERNALLY"));
        assertThat(expected.get(4)).startsWith("Ronda 2 " + label("event.SIP_APPROVED"));
        String pdf = RegisterFiles.squash(pdfText);
        int previous = -1;
        for (String row : expected) {
            int at = pdf.indexOf(RegisterFiles.squash(row));
            assertThat(at).as("PDF approvals row «%s», after the previous one", row).isGreaterThan(previous);
            previous = at;
        }

        Sheet cover = workbook.getSheet("Portada");
        int header = RegisterFiles.find(cover, "Aprobación u observación").getRowIndex();
        List<String> rows = new ArrayList<>();
        for (int r = header + 1; r <= header + expected.size(); r++) {
            Row row = cover.getRow(r);
            rows.add(String.join(" ", cell(cover, header, row, "Ronda"), cell(cover, header, row, "Aprobación u observación"),
                    cell(cover, header, row, "Nombre"), cell(cover, header, row, "Cargo / rol"),
                    Display.date(row.getCell(RegisterFiles.column(cover, header, "Fecha")).getLocalDateTimeCellValue()
                            .toLocalDate())));
        }
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    @Test
    void thePdfHasASignatureBlockForAltaDireccionAndForSip() {
        Map<String, Object> alta = jdbc.queryForMap("SELECT actor_name, occurred_at FROM assessment_event "
                + "WHERE assessment_id = ? AND type = 'APPROVED_INTERNALLY' ORDER BY id DESC LIMIT 1", j.assessmentId);
        Map<String, Object> sip = jdbc.queryForMap("SELECT actor_name, occurred_at FROM assessment_event "
                + "WHERE assessment_id = ? AND type = 'SIP_APPROVED'", j.assessmentId);
        String entity = jdbc.queryForObject("SELECT e.name FROM public_entity e JOIN assessment a ON a.entity_id = e.id "
                + "WHERE a.id = ?", String.class, j.assessmentId);
        String signatures = RegisterFiles.squash(pdfText.substring(pdfText.indexOf("Firmas")));

        assertThat(signatures).contains(RegisterFiles.squash("Firma Nombre: " + alta.get("actor_name")
                + " Cargo / rol: " + label("role.ALTA_DIRECCION") + ", " + entity
                + " Fecha: " + date(alta.get("occurred_at"))));
        assertThat(signatures).contains(RegisterFiles.squash("Firma Nombre: " + sip.get("actor_name")
                + " Cargo / rol: " + label("role.SIP_REVIEWER") + ", " + RegisterAssembler.SIP
                + " Fecha: " + date(sip.get("occurred_at"))));
    }

    @Test
    void eachMeasureShowsItsTargetValueProgressCommentAndEvidenceFilesInBothRegisters() {
        List<Map<String, Object>> measures = jdbc.queryForList("SELECT m.id, m.target_value, m.progress_comment "
                + "FROM measure m JOIN risk r ON r.id = m.risk_id WHERE r.assessment_id = ? ORDER BY r.id, m.id",
                j.assessmentId);
        String evidenceDate = date(jdbc.queryForObject("SELECT uploaded_at FROM measure_evidence WHERE measure_id = ?",
                java.sql.Timestamp.class, measures.get(0).get("id")));
        assertThat(measures).allSatisfy(m -> assertThat(m.get("target_value")).isNotNull());
        assertThat(measures.get(0).get("progress_comment")).asString().startsWith(RegisterJourney.PROGRESS_COMMENT);

        String pdf = RegisterFiles.squash(pdfText);
        for (Map<String, Object> m : measures) {
            assertThat(pdf).contains(RegisterFiles.squash((String) m.get("target_value")));
        }
        assertThat(pdf).contains(RegisterFiles.squash((String) measures.get(0).get("progress_comment")),
                RegisterFiles.squash((String) measures.get(1).get("progress_comment")),
                RegisterFiles.squash(EVIDENCE + " (" + evidenceDate + ")"));

        Sheet plan = workbook.getSheet("Tratamiento");
        int planHeader = RegisterFiles.find(plan, "Código").getRowIndex();
        Sheet followUp = workbook.getSheet("Seguimiento");
        int followHeader = RegisterFiles.find(followUp, "Código").getRowIndex();
        for (int i = 0; i < measures.size(); i++) {
            assertThat(cell(plan, planHeader, plan.getRow(planHeader + 1 + i), "Meta del indicador"))
                    .isEqualTo(measures.get(i).get("target_value"));
            assertThat(cell(followUp, followHeader, followUp.getRow(followHeader + 1 + i), "Comentario del último avance"))
                    .isEqualTo(measures.get(i).get("progress_comment") == null ? "" : measures.get(i).get("progress_comment"));
        }
        assertThat(cell(followUp, followHeader, followUp.getRow(followHeader + 1), "Evidencias (archivo y fecha)"))
                .isEqualTo(EVIDENCE + " (" + evidenceDate + ")");
        assertThat(cell(followUp, followHeader, followUp.getRow(followHeader + 2), "Evidencias (archivo y fecha)"))
                .isEmpty();
    }

    /** "Ronda n <what> <name> <role> <date>" per approval, from the journal: the scope first, then by round. */
    private List<String> expectedApprovalRows() {
        return jdbc.query("SELECT type, actor_name, occurred_at, submission_round FROM assessment_event "
                        + "WHERE assessment_id = ? AND type IN ('SCOPE_APPROVED', 'APPROVED_INTERNALLY', 'SIP_OBSERVED', "
                        + "'SIP_APPROVED') ORDER BY CASE WHEN type = 'SCOPE_APPROVED' THEN 0 WHEN type = "
                        + "'APPROVED_INTERNALLY' THEN submission_round + 1 ELSE submission_round END, id",
                (rs, n) -> {
                    String type = rs.getString(1);
                    int round = type.equals("APPROVED_INTERNALLY") ? rs.getInt(4) + 1 : rs.getInt(4);
                    String roundLabel = type.equals("SCOPE_APPROVED") ? "Alcance" : "Ronda " + round;
                    String role = type.startsWith("SIP") ? label("role.SIP_REVIEWER") : label("role.ALTA_DIRECCION");
                    return String.join(" ", roundLabel, label("event." + type), rs.getString(2), role,
                            date(rs.getTimestamp(3)));
                }, j.assessmentId);
    }

    @Test
    void theFollowUpHistoryListsEveryReportWithItsCycleReporterAndEvidenceInBothRegisters() {
        List<String[]> expected = jdbc.query("select p.cycle, p.reporter_name, p.progress, p.comment from progress_report p"
                + " join measure m on m.id = p.measure_id join risk r on r.id = m.risk_id"
                + " where r.assessment_id = ? order by p.reported_at, p.id",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)},
                j.assessmentId);
        assertThat(expected).hasSize(2);
        Sheet sheet = workbook.getSheet("Reportes de avance");
        int header = RegisterFiles.find(sheet, "Reportó").getRowIndex();
        String pdf = RegisterFiles.squash(pdfText);
        assertThat(pdf).contains(RegisterFiles.squash("Historial de reportes de avance"));
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i);
            Row row = sheet.getRow(header + 1 + i);
            var shown = new org.apache.poi.ss.usermodel.DataFormatter();
            assertThat(shown.formatCellValue(row.getCell(RegisterFiles.column(sheet, header, "Ciclo")))).isEqualTo(e[0]);
            assertThat(cell(sheet, header, row, "Reportó")).isEqualTo(e[1]);
            assertThat(shown.formatCellValue(row.getCell(RegisterFiles.column(sheet, header, "Avance (%)"))))
                    .isEqualTo(e[2]);
            assertThat(cell(sheet, header, row, "Comentario")).isEqualTo(e[3]);
            assertThat(pdf).contains(RegisterFiles.squash(e[3]));
        }
        // the evidence uploaded after the first measure's report goes with that report
        assertThat(cell(sheet, header, sheet.getRow(header + 1), "Evidencias del reporte")).contains(EVIDENCE);
        assertThat(cell(sheet, header, sheet.getRow(header + 2), "Evidencias del reporte")).isEmpty();
    }

    @Test
    void eachRiskShowsInherentPlannedResidualAndResidualAtCloseInBothRegisters() {
        List<String[]> expected = jdbc.query("select code, inherent_level, residual_level, closing_residual_level"
                + " from risk where assessment_id = ? and not removed order by code",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)},
                j.assessmentId);
        assertThat(expected).isNotEmpty().allMatch(r -> r[3] != null);
        var scheme = j.scheme();
        Sheet sheet = workbook.getSheet("Evaluación");
        int header = RegisterFiles.find(sheet, "Nivel residual al cierre").getRowIndex();
        String pdf = RegisterFiles.squash(pdfText);
        assertThat(pdf).contains(RegisterFiles.squash("Nivel residual planificado"))
                .contains(RegisterFiles.squash("Nivel residual al cierre"));
        for (int i = 0; i < expected.size(); i++) {
            String[] r = expected.get(i);
            Row row = sheet.getRow(header + 1 + i);
            String inherent = scheme.findLevel(r[1]).orElseThrow().labelEs();
            String planned = scheme.findLevel(r[2]).orElseThrow().labelEs();
            String atClose = scheme.findLevel(r[3]).orElseThrow().labelEs();
            assertThat(cell(sheet, header, row, "Código")).isEqualTo(r[0]);
            assertThat(cell(sheet, header, row, "Nivel inherente")).isEqualTo(inherent);
            assertThat(cell(sheet, header, row, "Nivel residual planificado")).isEqualTo(planned);
            assertThat(cell(sheet, header, row, "Nivel residual al cierre")).isEqualTo(atClose);
            // the PDF's evaluation row: inherent, rating, planned residual, rating at close, residual at close
            assertThat(pdf).as("PDF row of %s", r[0]).containsPattern(java.util.regex.Pattern.quote(
                    RegisterFiles.squash(planned)) + ".{0,80}" + java.util.regex.Pattern.quote(RegisterFiles.squash(atClose)));
        }
    }

    private static String cell(Sheet sheet, int header, Row row, String column) {
        var cell = row.getCell(RegisterFiles.column(sheet, header, column));
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static String date(Object timestamp) {
        return Display.date(timestamp);
    }

    private String label(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("es-PE"));
    }
}
