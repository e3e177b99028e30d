package pe.integrity.register.national;

import static pe.integrity.register.national.SyntheticRegisterData.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The benchmark's yardstick: plain SXSSF writing the same cells as the national register (same sheets, values,
 * styles, widths, window and temp-file compression) from values generated in memory, with labels resolved
 * once up front. No database, no vocabulary look-ups, no injection checks.
 */
public final class RawSxssfBaseline {

    private final String[] typeLabels;
    private final String[] stageLabels;
    private final String[] categoryLabels;
    private final String[] responseMitigateAccept;
    private final String[] measureTypeLabels;
    private final String[] statusLabels;
    private final String[] riskHeaders;
    private final String[] measureHeaders;

    RawSxssfBaseline(Function<String, String> messages) {
        typeLabels = labels(messages, "entityType.", TYPES);
        stageLabels = labels(messages, "stage.", STAGES);
        categoryLabels = labels(messages, "practiceCategory.", CATEGORIES);
        responseMitigateAccept = labels(messages, "response.", new String[] {"MITIGATE", "ACCEPT"});
        measureTypeLabels = labels(messages, "measureType.", new String[] {"PREVENTIVE", "DETECTIVE"});
        statusLabels = labels(messages, "measureStatus.", MEASURE_STATUSES);
        riskHeaders = labels(messages, "national.column.", NationalColumns.RISK_KEYS);
        measureHeaders = labels(messages, "national.column.", NationalColumns.MEASURE_KEYS);
    }

    /** Writes the dataset's workbook to {@code out}; returns the number of data rows. */
    long write(Dataset d, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(NationalRegisterWriter.WINDOW);
        wb.setCompressTempFiles(true);
        try {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9}));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = wb.createCellStyle();
            CellStyle number = wb.createCellStyle();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle[] levels = new CellStyle[LEVELS.length];
            for (int l = 0; l < LEVELS.length; l++) {
                levels[l] = wb.createCellStyle();
                levels[l].setFillForegroundColor(new XSSFColor(ExportCells.rgb(LEVEL_COLOURS[l])));
                levels[l].setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            long[][] summary = new long[LEVELS.length][TYPES.length];

            SXSSFSheet risks = wb.createSheet("Riesgos");
            headers(risks, header, riskHeaders, NationalColumns.RISK_WIDTHS);
            for (int i = 0; i < d.risks(); i++) {
                int a = d.assessment(i);
                Row row = risks.createRow(i + 1);
                str(row, 0, entityName(a), text);
                str(row, 1, typeLabels[a % TYPES.length], text);
                str(row, 2, sector(a), text);
                str(row, 3, department(a), text);
                num(row, 4, d.period(), number);
                str(row, 5, stageLabels[(a + d.period()) % STAGES.length], text);
                str(row, 6, SCHEME, text);
                str(row, 7, PROCESS_NAMES[d.process(i)], text);
                str(row, 8, d.code(i), text);
                str(row, 9, statement(i), text);
                str(row, 10, categoryLabels[i % 7 == 0 ? 2 : i % 2], text);
                if (typology(i) != null) {
                    str(row, 11, TYPOLOGY_NAMES[i % TYPOLOGIES.length], text);
                }
                num(row, 12, probability(i), number);
                num(row, 13, impact(i), number);
                str(row, 14, LEVEL_NAMES[inherentLevel(i)], levels[inherentLevel(i)]);
                str(row, 15, RATING_NAMES[rating(i)], text);
                str(row, 16, LEVEL_NAMES[residualLevel(i)], levels[residualLevel(i)]);
                str(row, 17, responseMitigateAccept[residualLevel(i) >= 1 ? 0 : 1], text);
                summary[residualLevel(i)][a % TYPES.length]++;
            }

            SXSSFSheet measures = wb.createSheet("Medidas");
            headers(measures, header, measureHeaders, NationalColumns.MEASURE_WIDTHS);
            int r = 1;
            for (int i = 0; i < d.risks(); i++) {
                int a = d.assessment(i);
                for (int j = 0; j < measures(i); j++) {
                    Row row = measures.createRow(r++);
                    str(row, 0, entityName(a), text);
                    str(row, 1, typeLabels[a % TYPES.length], text);
                    str(row, 2, sector(a), text);
                    str(row, 3, department(a), text);
                    num(row, 4, d.period(), number);
                    str(row, 5, stageLabels[(a + d.period()) % STAGES.length], text);
                    str(row, 6, d.code(i), text);
                    str(row, 7, LEVEL_NAMES[residualLevel(i)], levels[residualLevel(i)]);
                    str(row, 8, measureDescription(i, j), text);
                    str(row, 9, measureTypeLabels[j], text);
                    str(row, 10, cause(i), text);
                    str(row, 11, unit(i, j), text);
                    str(row, 12, person(i, j), text);
                    Cell start = row.createCell(13);
                    start.setCellValue(start(d.period()));
                    start.setCellStyle(date);
                    Cell end = row.createCell(14);
                    end.setCellValue(end(d.period(), i));
                    end.setCellStyle(date);
                    str(row, 15, indicator(j), text);
                    str(row, 16, means(j), text);
                    str(row, 17, resources(j), text);
                    str(row, 18, statusLabels[(i + j) % 3], text);
                    num(row, 19, progress(i, j), number);
                    str(row, 20, overdue(i, j) ? "Sí" : "No", text);
                }
            }

            SXSSFSheet sheet = wb.createSheet("Resumen");
            Row head = sheet.createRow(0);
            for (int t = 0; t < TYPES.length; t++) {
                str(head, 2 + t, typeLabels[t], header);
            }
            for (int l = 0; l < LEVELS.length; l++) {
                Row row = sheet.createRow(1 + l);
                str(row, 0, SCHEME, text);
                str(row, 1, LEVEL_NAMES[l], levels[l]);
                for (int t = 0; t < TYPES.length; t++) {
                    num(row, 2 + t, summary[l][t], number);
                }
            }
            wb.write(out);
            return d.risks() + (long) r - 1;
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static void headers(SXSSFSheet sheet, CellStyle style, String[] labels, int[] widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < labels.length; c++) {
            str(row, c, labels[c], style);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, labels.length - 1));
    }

    private static void str(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void num(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static String[] labels(Function<String, String> messages, String prefix, String[] codes) {
        String[] labels = new String[codes.length];
        for (int k = 0; k < codes.length; k++) {
            String label = messages.apply(prefix + codes[k]);
            labels[k] = label == null ? codes[k] : label;
        }
        return labels;
    }

}
