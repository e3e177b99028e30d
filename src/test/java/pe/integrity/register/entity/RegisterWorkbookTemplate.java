package pe.integrity.register.entity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Made the first version of templates/registro-entidad.xlsx. Not part of the build: since then the .xlsx is the
 * template and is edited in Excel or LibreOffice (see templates/README.md). Kept to show what the writer expects
 * and to rebuild a clean template if one gets damaged: run {@code main} from an IDE, or
 * {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) pe.integrity.register.RegisterWorkbookTemplate}.
 */
public final class RegisterWorkbookTemplate {

    private record Col(String label, String key, int width) {}

    private XSSFWorkbook wb;
    private XSSFCellStyle title, subtitle, draft, label, value, header, text, number, heat;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "templates/registro-entidad.xlsx");
        new RegisterWorkbookTemplate().write(out);
        System.out.println("written " + out.toAbsolutePath());
    }

    void write(Path out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            wb = workbook;
            styles();
            cover();
            table("Procesos", "1. Procesos en el alcance", List.of(
                    new Col("N°", "process.number", 5), new Col("Proceso", "process.name", 28),
                    new Col("Proceso del catálogo", "process.catalogProcess", 24),
                    new Col("Motivo de priorización", "process.reason", 40),
                    new Col("Dueño del proceso", "process.owner", 30),
                    new Col("Unidad responsable", "process.responsibleUnit", 26),
                    new Col("Etapas (Nivel 1)", "process.stages", 45)));
            table("Riesgos", "2. Riesgos identificados", List.of(
                    new Col("Código", "risk.code", 9), new Col("Proceso", "risk.process", 22),
                    new Col("Etapa", "risk.stage", 18), new Col("Contexto", "risk.context", 30),
                    new Col("Conducta de riesgo", "risk.riskyBehaviour", 30),
                    new Col("Enunciado del riesgo", "risk.statement", 45), new Col("Categoría", "risk.category", 20),
                    new Col("Tipología", "risk.typology", 22), new Col("Causas", "risk.causes", 30),
                    new Col("Consecuencias", "risk.consequences", 30), new Col("Actores", "risk.actors", 25),
                    new Col("Controles existentes", "risk.existingControls", 30),
                    new Col("Cambio respecto del periodo anterior", "risk.change", 14)));
            table("Evaluación", "3. Evaluación de los riesgos", List.of(
                    new Col("Código", "risk.code", 9), new Col("Enunciado del riesgo", "risk.statement", 45),
                    new Col("Probabilidad", "risk.probability", 16), new Col("Impacto", "risk.impact", 16),
                    new Col("Puntaje", "risk.score", 9), new Col("Nivel inherente", "risk.inherentLevel", 14),
                    new Col("Calificación de los controles", "risk.controlRating", 16),
                    new Col("Nivel residual planificado", "risk.residualLevel", 14),
                    new Col("Calificación de los controles al cierre", "risk.closingControlRating", 16),
                    new Col("Nivel residual al cierre", "risk.closingResidualLevel", 14),
                    new Col("Tratamiento obligatorio", "risk.treatmentRequired", 12),
                    new Col("Respuesta", "risk.response", 12),
                    new Col("Justificación de la aceptación", "risk.acceptanceJustification", 35)));
            heatMaps();
            table("Tratamiento", "4. Plan de tratamiento", List.of(
                    new Col("Código", "measure.code", 11), new Col("Riesgo", "measure.riskCode", 9),
                    new Col("Medida", "measure.description", 45), new Col("Tipo", "measure.type", 12),
                    new Col("Causa que atiende", "measure.causeAddressed", 25),
                    new Col("Unidad responsable", "measure.responsibleUnit", 22),
                    new Col("Persona responsable", "measure.responsiblePerson", 22),
                    new Col("Inicio", "measure.startDate", 11), new Col("Fin", "measure.endDate", 11),
                    new Col("Indicador", "measure.indicator", 28),
                    new Col("Meta del indicador", "measure.targetValue", 20),
                    new Col("Medio de verificación", "measure.verificationMeans", 28),
                    new Col("Recursos", "measure.resources", 22)));
            XSSFSheet followUp = table("Seguimiento", "5. Estado de seguimiento", List.of(
                    new Col("Código", "measure.code", 11), new Col("Medida", "measure.description", 45),
                    new Col("Unidad responsable", "measure.responsibleUnit", 22), new Col("Fin", "measure.endDate", 11),
                    new Col("Estado", "measure.status", 14), new Col("Avance (%)", "measure.progress", 10),
                    new Col("Vencida", "measure.overdueLabel", 10),
                    new Col("Comentario del último avance", "measure.progressComment", 40),
                    new Col("Evidencias (archivo y fecha)", "measure.evidence", 40)));
            put(followUp, 3, 0, "${followUp.summary}", subtitle);
            table("Historial", "6. Historial de revisión", List.of(
                    new Col("Fecha", "event.date", 16), new Col("Hecho", "event.event", 30),
                    new Col("Por", "event.actor", 28), new Col("Ronda", "event.round", 8),
                    new Col("Comentario", "event.comment", 60)));
            table("Observaciones", "6. Observaciones de la SIP", List.of(
                    new Col("Ronda", "observation.round", 8), new Col("Sobre", "observation.target", 25),
                    new Col("Observación", "observation.text", 60), new Col("Autor", "observation.author", 25),
                    new Col("Fecha", "observation.date", 16), new Col("Subsanada", "observation.resolved", 10)));
            wb.write(os);
        }
    }

    private void cover() {
        XSSFSheet s = wb.createSheet("Portada");
        s.setColumnWidth(0, 32 * 256);
        s.setColumnWidth(1, 70 * 256);
        s.setColumnWidth(2, 14 * 256);
        s.setColumnWidth(3, 40 * 256);
        s.setColumnWidth(4, 24 * 256);
        s.setColumnWidth(5, 45 * 256);
        put(s, 0, 0, "REGISTRO DE RIESGOS QUE AFECTAN LA INTEGRIDAD PÚBLICA", title);
        put(s, 1, 0, "${cover.entityName}", subtitle);
        put(s, 2, 0, "${doc.draftMark}", draft);
        String[][] facts = {
            {"Entidad", "${cover.entityName} (${cover.entityAcronym})"},
            {"Tipo de entidad", "${cover.entityType}"},
            {"Departamento / sector", "${cover.department} / ${cover.sector}"},
            {"Periodo", "${cover.periodYear} (al ${cover.periodEnd})"},
            {"Estado", "${cover.status}"},
            {"Etapa", "${cover.stage}"},
            {"Ronda de revisión SIP", "${cover.submissionRound}"},
            {"Esquema de calificación", "${cover.schemeCode} · ${cover.schemeName} (${cover.schemeDimensions})"},
            {"", "${cover.provisionalMark}"},
            {"Documento", "${doc.kind}, generado el ${doc.generatedAt} por ${doc.generatedBy}"},
            {"Código de verificación", "${doc.code}"},
            {"Verificar en", "${doc.url}"},
            {"Contexto de la entidad", "${cover.context}"},
        };
        int r = 4;
        for (String[] f : facts) {
            put(s, r, 0, f[0], label);
            put(s, r, 1, f[1], value);
            r++;
        }
        r++;
        put(s, r++, 0, "Base legal", subtitle);
        for (String law : List.of(
                "RSIP N° 001-2023-PCM/SIP: Guía para la gestión de riesgos que afectan la integridad pública",
                "DS N° 148-2024-PCM: Modelo de Integridad Pública",
                "Directiva N° 002-2021-PCM/SIP",
                "Directiva N° 001-2024-PCM/SIP y Directiva N° 001-2026-PCM/SIP",
                "RSIP N° 005-2024 (Índice de Capacidad Preventiva)")) {
            put(s, r++, 0, law, value);
            s.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, 3));
        }
        r++;
        put(s, r++, 0, "Aprobaciones por ronda de revisión SIP", subtitle);
        String[] heads = {"Ronda", "Aprobación u observación", "Fecha", "Nombre", "Cargo / rol", "Comentario"};
        String[] keys = {"approval.roundLabel", "approval.what", "approval.date", "approval.name", "approval.role",
            "approval.comment"};
        for (int c = 0; c < heads.length; c++) {
            put(s, r, c, heads[c], header);
            put(s, r + 1, c, "${" + keys[c] + "}", text);
        }
    }

    private void heatMaps() {
        XSSFSheet s = wb.createSheet("Mapas de calor");
        letterhead(s, "3. Mapas de calor (número de riesgos evaluados por celda)");
        s.setColumnWidth(0, 26 * 256);
        for (int c = 1; c < 10; c++) {
            s.setColumnWidth(c, 13 * 256);
        }
        put(s, 4, 0, "${heatmap.inherent}", heat);
        put(s, 22, 0, "${heatmap.residual}", heat);
        put(s, 38, 0, "Riesgos por nivel", subtitle);
        String[] heads = {"Nivel", "Riesgos (inherente)", "Riesgos (residual)"};
        String[] keys = {"level.name", "level.inherent", "level.residual"};
        for (int c = 0; c < heads.length; c++) {
            put(s, 39, c, heads[c], header);
            put(s, 40, c, "${" + keys[c] + "}", c == 0 ? text : number);
        }
    }

    private XSSFSheet table(String name, String heading, List<Col> cols) {
        XSSFSheet s = wb.createSheet(name);
        letterhead(s, heading);
        int headerRow = 5;
        Row h = s.createRow(headerRow);
        h.setHeightInPoints(30);
        for (int c = 0; c < cols.size(); c++) {
            Col col = cols.get(c);
            s.setColumnWidth(c, col.width() * 256);
            put(s, headerRow, c, col.label(), header);
            boolean numeric = col.key().endsWith(".number") || col.key().endsWith(".score")
                    || col.key().endsWith(".progress") || col.key().endsWith(".round");
            put(s, headerRow + 1, c, "${" + col.key() + "}", numeric ? number : text);
        }
        s.createFreezePane(1, headerRow + 1);
        s.setAutoFilter(new CellRangeAddress(headerRow, headerRow + 1, 0, cols.size() - 1));
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        s.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        return s;
    }

    private void letterhead(XSSFSheet s, String heading) {
        put(s, 0, 0, "Registro de riesgos que afectan la integridad pública · ${cover.entityName} · periodo ${cover.periodYear}", subtitle);
        put(s, 1, 0, heading, title);
        put(s, 2, 0, "${doc.draftMark}", draft);
        s.getPrintSetup().setLandscape(true);
    }

    private void put(XSSFSheet s, int r, int c, String v, CellStyle style) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }

    private void styles() {
        XSSFColor brand = new XSSFColor(new byte[] {(byte) 0x8A, 0x15, 0x38}, null);
        XSSFFont bold14 = font(14, true);
        bold14.setColor(brand);
        title = style(bold14);
        subtitle = style(font(11, true));
        XSSFFont red = font(12, true);
        red.setColor(IndexedColors.RED.getIndex());
        draft = style(red);
        label = style(font(10, true));
        label.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xEF, (byte) 0xE3, (byte) 0xE6}, null));
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        value = style(font(10, false));
        value.setWrapText(true);
        value.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFFont white = font(10, true);
        white.setColor(IndexedColors.WHITE.getIndex());
        header = bordered(style(white));
        header.setFillForegroundColor(brand);
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = bordered(style(font(10, false)));
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        number = bordered(style(font(10, false)));
        number.setAlignment(HorizontalAlignment.RIGHT);
        number.setVerticalAlignment(VerticalAlignment.TOP);
        heat = bordered(style(font(10, true)));
        heat.setAlignment(HorizontalAlignment.CENTER);
        heat.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    private XSSFFont font(int points, boolean bold) {
        XSSFFont f = wb.createFont();
        f.setFontName("Calibri");
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private XSSFCellStyle style(Font font) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        return s;
    }

    private static XSSFCellStyle bordered(XSSFCellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
