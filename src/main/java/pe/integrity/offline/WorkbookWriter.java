package pe.integrity.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.ProgressForm;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;

/**
 * Writes the pre-filled workbook: an instructions sheet that also names the entity, the assessment and the stage
 * it was made for (the import checks them), the risks sheet with the columns the stage lets the user change
 * unlocked, and a visible lists sheet behind the dropdowns. Plain cells, no macros, no hidden sheets, no
 * meaning in styles: Excel and LibreOffice Calc both keep it intact when they save it.
 */
@Component
class WorkbookWriter {

    static final String INSTRUCTIONS = "Instrucciones";
    static final String RISKS = "Riesgos";
    static final String LISTS = "Listas";
    static final String MEASURES = "Medidas";
    static final String PROGRESS = "Avance";
    /** The sheets whose rows the import reads. */
    static final java.util.Set<String> DATA_SHEETS = java.util.Set.of(RISKS, MEASURES, PROGRESS);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Rows of the instructions sheet holding the workbook's identity (0-based), value in column B, code in C. */
    static final int ENTITY_ROW = 3, ASSESSMENT_ROW = 4, STAGE_ROW = 5, USER_ROW = 6, MADE_ROW = 7;
    /** Empty rows offered for new risks while identifying. */
    static final int BLANK_ROWS = 60;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("America/Lima"));

    void write(Workbook content, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            instructions(wb.createSheet(INSTRUCTIONS), content, styles);
            XSSFSheet risks = wb.createSheet(RISKS);
            int rows = risksSheet(risks, content, styles);
            XSSFSheet measures = content.plans() ? wb.createSheet(MEASURES) : null;
            int measureRows = measures == null ? 0 : measuresSheet(measures, content, styles);
            XSSFSheet progress = content.reports() ? wb.createSheet(PROGRESS) : null;
            int progressRows = progress == null ? 0 : progressSheet(progress, content, styles);
            XSSFSheet lists = wb.createSheet(LISTS);
            dropdowns(risks, lists, content, rows, styles);
            if (measures != null) {
                measureDropdowns(measures, lists, content, measureRows, styles);
            }
            if (progress != null) {
                progressDropdowns(progress, lists, content, progressRows, styles);
            }
            wb.setActiveSheet(progress != null ? 2 : 1);
            wb.write(out);
        }
    }

    private static void instructions(XSSFSheet sheet, Workbook c, Styles styles) {
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        sheet.setColumnWidth(2, 18 * 256);
        cell(sheet, 0, 0, "Matriz de riesgos para trabajar sin conexión", styles.title);
        cell(sheet, 1, 0, "No cambie los datos de esta tabla: el sistema comprueba con ellos que el libro es de su "
                + "entidad, de esta evaluación y de esta etapa.", styles.text);
        identity(sheet, ENTITY_ROW, "Entidad", c.entityName(), String.valueOf(c.assessment().getEntityId()), styles);
        identity(sheet, ASSESSMENT_ROW, "Evaluación N.º", String.valueOf(c.assessment().getId()),
                String.valueOf(c.assessment().getPeriodYear()), styles);
        identity(sheet, STAGE_ROW, "Etapa al descargar", stageLabel(c), c.assessment().getStage().name(), styles);
        identity(sheet, USER_ROW, "Descargado por", c.user().fullName(), c.user().username(), styles);
        identity(sheet, MADE_ROW, "Fecha de descarga", WHEN.format(c.madeAt()), "", styles);
        String[] lines = {
            "Cómo trabajar",
            "1. En la hoja «Riesgos» cambie solo las celdas blancas; las grises (código, versión y las columnas que esta "
                    + "etapa no permite cambiar) se muestran para consulta y el sistema no las lee.",
            c.reports()
                    ? "2. En esta etapa se reporta el avance de las medidas, en la hoja «Avance»: para cada medida elija "
                            + "su estado, escriba su avance en porcentaje (0 a 100; «No iniciada» es 0 e «Implementada» "
                            + "es 100) y un comentario. Cada fila cambiada es un reporte de avance nuevo; las evidencias "
                            + "se adjuntan en la página de la medida."
                    : c.plans() && !c.addsRisks()
                    ? "2. En esta etapa se planifica el tratamiento, en la hoja «Medidas»: agregue medidas en las filas "
                            + "vacías del final (elija el riesgo y deje vacío el número interno), cambie las existentes o "
                            + "elija «Sí» en «Quitar». Las fechas se escriben dd/mm/aaaa; el responsable es un usuario de "
                            + "la entidad (lista) o, si no lo es, su nombre."
                    : c.addsRisks()
                    ? "2. Para agregar un riesgo, llene una fila vacía al final y deje vacío el código: el sistema le "
                            + "dará uno. Para quitar un riesgo, elija «Sí» en la columna «Quitar»."
                    : "2. En esta etapa no se agregan ni quitan riesgos: califique la probabilidad, el impacto y los "
                            + "controles de cada uno.",
            "3. Elija los valores de las listas desplegables (proceso, tipología, probabilidad, impacto, valoración): "
                    + "vienen de la hoja «Listas» y del esquema de calificación vigente de la evaluación.",
            "4. Guarde el libro como .xlsx (Excel o LibreOffice Calc) y súbalo en la página «Trabajar sin conexión» de "
                    + "la evaluación. El sistema revisa todas las filas y le muestra todos los problemas a la vez, con "
                    + "su fila y columna; si no hay problemas, le muestra lo que se creará, cambiará o quitará, y solo "
                    + "lo aplica cuando usted confirma. Se aplica todo o nada.",
            "5. Si alguien cambió un riesgo en el sistema después de su descarga, el libro se rechaza para no borrar "
                    + "ese cambio: descargue uno nuevo y vuelva a hacer sus cambios en él.",
            "6. Subir otra vez el mismo libro no cambia nada."
        };
        for (int i = 0; i < lines.length; i++) {
            cell(sheet, MADE_ROW + 2 + i, 0, lines[i], i == 0 ? styles.header : styles.text);
            if (i > 0) {
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(MADE_ROW + 2 + i, MADE_ROW + 2 + i, 0, 2));
                sheet.getRow(MADE_ROW + 2 + i).setHeightInPoints(45);
            }
        }
        protect(sheet);
    }

    private static String stageLabel(Workbook c) {
        return switch (c.assessment().getStage()) {
            case IDENTIFICATION -> "Identificación de riesgos";
            case EVALUATION -> "Evaluación de riesgos";
            case TREATMENT -> "Plan de tratamiento";
            case CORRECTION -> "Corrección de observaciones de la SIP";
            case FOLLOW_UP -> "Seguimiento";
            default -> c.assessment().getStage().name();
        };
    }

    private static void identity(Sheet sheet, int row, String label, String value, String code, Styles styles) {
        cell(sheet, row, 0, label, styles.header);
        cell(sheet, row, 1, value, styles.locked);
        cell(sheet, row, 2, code, styles.locked);
    }

    private static int risksSheet(XSSFSheet sheet, Workbook c, Styles styles) {
        header(sheet, RiskColumn.ALL, styles);
        int r = 1;
        for (Risk risk : c.risks()) {
            Row row = sheet.createRow(r++);
            RiskForm f = RiskForm.of(risk);
            for (RiskColumn col : RiskColumn.ALL) {
                row.createCell(col.index()).setCellValue(value(col, risk, f, c.choices()));
                boolean open = c.editable(col) && col != RiskColumn.PROCESS;
                row.getCell(col.index()).setCellStyle(open ? styles.open : styles.locked);
            }
        }
        int blanks = c.addsRisks() ? BLANK_ROWS : 0;
        for (int i = 0; i < blanks; i++) {
            Row row = sheet.createRow(r++);
            for (RiskColumn col : RiskColumn.ALL) {
                row.createCell(col.index()).setCellStyle(c.editable(col) ? styles.open : styles.locked);
            }
        }
        sheet.createFreezePane(1, 1);
        protect(sheet);
        return r;
    }

    private static String value(RiskColumn col, Risk risk, RiskForm f, Choices choices) {
        return switch (col) {
            case CODE -> risk.getCode();
            case PROCESS -> choices.processLabel(risk.getProcess());
            case ACTIVITY -> risk.getStage() == null ? "" : risk.getStage().getName();
            case RISKY_BEHAVIOUR -> nz(f.getRiskyBehaviour());
            case STATEMENT -> nz(f.getStatement());
            case CLASSIFICATION -> nz(choices.classificationLabel(f.getClassification()));
            case CONTEXT -> nz(f.getContext());
            case CAUSES -> nz(f.getCauses());
            case CONSEQUENCES -> nz(f.getConsequences());
            case ACTORS -> nz(f.getActors());
            case EXISTING_CONTROLS -> nz(f.getExistingControls());
            case PROBABILITY -> nz(choices.probabilityLabel(risk.getProbability()));
            case IMPACT -> nz(choices.impactLabel(risk.getImpact()));
            case CONTROL_RATING -> nz(choices.ratingLabel(risk.getControlRating()));
            case REMOVE -> "";
            case VERSION -> String.valueOf(risk.getVersion());
        };
    }

    private static int measuresSheet(XSSFSheet sheet, Workbook c, Styles styles) {
        header(sheet, MeasureColumn.ALL, styles);
        int r = 1;
        for (Measure m : c.measures()) {
            Row row = sheet.createRow(r++);
            MeasureForm f = MeasureForm.of(m);
            for (MeasureColumn col : MeasureColumn.ALL) {
                row.createCell(col.index()).setCellValue(value(col, m, f, c.choices()));
                boolean open = c.editable(col) && col != MeasureColumn.RISK;
                row.getCell(col.index()).setCellStyle(open ? (dated(col) ? styles.openText : styles.open) : styles.locked);
            }
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            Row row = sheet.createRow(r++);
            for (MeasureColumn col : MeasureColumn.ALL) {
                row.createCell(col.index()).setCellStyle(!c.editable(col) ? styles.locked
                        : dated(col) ? styles.openText : styles.open);
            }
        }
        sheet.createFreezePane(2, 1);
        protect(sheet);
        return r;
    }

    private static boolean dated(MeasureColumn col) {
        return col == MeasureColumn.START || col == MeasureColumn.END;
    }

    private static String value(MeasureColumn col, Measure m, MeasureForm f, Choices choices) {
        return switch (col) {
            case NUMBER -> String.valueOf(m.getId());
            case CODE -> m.getCode();
            case RISK -> m.getRisk().getCode();
            case DESCRIPTION -> nz(f.getDescription());
            case TYPE -> nz(choices.measureTypeLabel(f.getType()));
            case CAUSE -> nz(f.getCauseAddressed());
            case UNIT -> nz(f.getResponsibleUnit());
            case OWNER -> nz(choices.memberLabel(f.getResponsibleUsername()));
            case PERSON -> nz(f.getResponsiblePerson());
            case START -> f.getStartDate() == null ? "" : DAY.format(f.getStartDate());
            case END -> f.getEndDate() == null ? "" : DAY.format(f.getEndDate());
            case INDICATOR -> nz(f.getIndicator());
            case TARGET -> nz(f.getTargetValue());
            case MEANS -> nz(f.getVerificationMeans());
            case RESOURCES -> nz(f.getResources());
            case REMOVE -> "";
            case VERSION -> String.valueOf(m.getVersion());
        };
    }

    private static int progressSheet(XSSFSheet sheet, Workbook c, Styles styles) {
        header(sheet, ProgressColumn.ALL, styles);
        int r = 1;
        for (Measure m : c.measures()) {
            Row row = sheet.createRow(r++);
            ProgressForm f = ProgressForm.of(m);
            for (ProgressColumn col : ProgressColumn.ALL) {
                if (col == ProgressColumn.PROGRESS) {
                    row.createCell(col.index()).setCellValue(f.getProgress());
                } else {
                    row.createCell(col.index()).setCellValue(value(col, m, f, c.choices()));
                }
                row.getCell(col.index()).setCellStyle(c.editable(col) ? styles.open : styles.locked);
            }
        }
        sheet.createFreezePane(2, 1);
        protect(sheet);
        return r;
    }

    private static String value(ProgressColumn col, Measure m, ProgressForm f, Choices choices) {
        return switch (col) {
            case NUMBER -> String.valueOf(m.getId());
            case CODE -> m.getCode();
            case RISK -> m.getRisk().getCode();
            case DESCRIPTION -> nz(m.getDescription());
            case OWNER -> m.getResponsibleUsername() != null ? m.getResponsibleUsername() : nz(m.getResponsiblePerson());
            case END -> m.getEndDate() == null ? "" : DAY.format(m.getEndDate());
            case STATUS -> nz(choices.statusLabel(f.getStatus()));
            case PROGRESS -> String.valueOf(f.getProgress());
            case COMMENT -> nz(f.getComment());
            case VERSION -> String.valueOf(m.getVersion());
        };
    }

    /** The status dropdown, and a whole number from 0 to 100 in the progress column. */
    private static void progressDropdowns(XSSFSheet progress, XSSFSheet lists, Workbook c, int rows, Styles styles) {
        int offset = 6; // after the risks sheet's six lists (follow-up has no measures sheet)
        list(progress, lists, offset, "Estado de la medida", c.choices().statusLabels(), ProgressColumn.STATUS, 1,
                rows, styles);
        if (rows <= 1) {
            return;
        }
        DataValidationHelper helper = progress.getDataValidationHelper();
        DataValidation v = helper.createValidation(
                helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                new CellRangeAddressList(1, rows - 1, ProgressColumn.PROGRESS.index(), ProgressColumn.PROGRESS.index()));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Valor no válido", "Escriba un número entero de 0 a 100.");
        progress.addValidationData(v);
    }

    private static void measureDropdowns(XSSFSheet measures, XSSFSheet lists, Workbook c, int rows, Styles styles) {
        Choices ch = c.choices();
        List<List<String>> columns = List.of(ch.riskCodes(), ch.measureTypeLabels(), ch.memberLabels(),
                List.of(Choices.YES));
        List<String> titles = List.of("Riesgos", "Tipo de medida", "Responsables (usuarios)", "Quitar medida");
        List<MeasureColumn> targets = List.of(MeasureColumn.RISK, MeasureColumn.TYPE, MeasureColumn.OWNER,
                MeasureColumn.REMOVE);
        int offset = 6; // after the risks sheet's six lists
        for (int i = 0; i < columns.size(); i++) {
            int first = targets.get(i) == MeasureColumn.RISK ? 1 + c.measures().size() : 1;
            list(measures, lists, offset + i, titles.get(i), columns.get(i), targets.get(i), first, rows, styles);
        }
    }

    /** One list on the lists sheet, and its dropdown on a data sheet's column from row {@code first}. */
    private static void list(XSSFSheet data, XSSFSheet lists, int listColumn, String title, List<String> values,
            Column target, int first, int rows, Styles styles) {
        cell(lists, 0, listColumn, title, styles.header);
        lists.setColumnWidth(listColumn, (listColumn == 1 ? 70 : 30) * 256);
        for (int j = 0; j < values.size(); j++) {
            cell(lists, j + 1, listColumn, values.get(j), styles.locked);
        }
        if (first >= rows || values.isEmpty()) {
            return;
        }
        String letter = CellReference.convertNumToColString(listColumn);
        String range = LISTS + "!$" + letter + "$2:$" + letter + "$" + (values.size() + 1);
        DataValidationHelper helper = data.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(first, rows - 1, target.index(), target.index()));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Valor no válido", "Elija un valor de la lista (hoja «Listas»).");
        v.setSuppressDropDownArrow(true);
        data.addValidationData(v);
    }

    private static void header(XSSFSheet sheet, List<? extends Column> columns, Styles styles) {
        Row header = sheet.createRow(0);
        for (Column col : columns) {
            header.createCell(col.index()).setCellValue(col.header());
            header.getCell(col.index()).setCellStyle(styles.header);
            sheet.setColumnWidth(col.index(), col.width() * 256);
        }
    }

    /** Dropdowns on the editable columns, their values on the visible (locked) lists sheet. */
    private static void dropdowns(XSSFSheet risks, XSSFSheet lists, Workbook c, int rows, Styles styles) {
        Choices ch = c.choices();
        List<List<String>> columns = List.of(ch.processLabels(), ch.classificationLabels(), ch.probabilityLabels(),
                ch.impactLabels(), ch.ratingLabels(), List.of(Choices.YES));
        List<String> titles = List.of("Procesos", "Tipología o categoría", "Probabilidad", "Impacto",
                "Valoración de los controles", "Quitar");
        List<RiskColumn> targets = List.of(RiskColumn.PROCESS, RiskColumn.CLASSIFICATION, RiskColumn.PROBABILITY,
                RiskColumn.IMPACT, RiskColumn.CONTROL_RATING, RiskColumn.REMOVE);
        for (int i = 0; i < columns.size(); i++) {
            RiskColumn target = targets.get(i);
            // the process of an existing risk stays: only the new rows' process cells take a value
            int first = !c.editable(target) ? rows : target == RiskColumn.PROCESS ? 1 + c.risks().size() : 1;
            list(risks, lists, i, titles.get(i), columns.get(i), target, first, rows, styles);
        }
        protect(lists);
    }

    /** Locked cells cannot be typed over; columns can still be widened and rows sorted out by the user. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private static void cell(Sheet sheet, int row, int col, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(col).setCellValue(value);
        r.getCell(col).setCellStyle(style);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The few styles: header, open (white, unlocked), locked (grey). */
    private static final class Styles {
        final CellStyle title, header, text, open, openText, locked;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = wb.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            open = wb.createCellStyle();
            open.setLocked(false);
            open.setWrapText(true);
            open.setVerticalAlignment(VerticalAlignment.TOP);
            open.setBorderBottom(BorderStyle.THIN);
            open.setBottomBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
            openText = wb.createCellStyle();
            openText.cloneStyleFrom(open);
            openText.setDataFormat(wb.createDataFormat().getFormat("@"));
            locked = wb.createCellStyle();
            locked.setLocked(true);
            locked.setWrapText(true);
            locked.setVerticalAlignment(VerticalAlignment.TOP);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }

    static String filename(Workbook c) {
        return "matriz-riesgos-" + c.assessment().getPeriodYear() + "-N" + c.assessment().getId() + ".xlsx";
    }
}
