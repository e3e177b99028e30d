package pe.integrity.register.followup;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Made the first version of templates/informe-cierre.xlsx from the register's workbook (its cover, evaluation,
 * follow-up and history sheets), so styles and letterhead match. Not part of the build: since then the .xlsx is the
 * template, edited in Excel or LibreOffice. Arguments: the register's template and the output file.
 */
public class ClosingReportTemplate {

    public static void main(String[] a) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(a[0]))) {
            for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
                String n = wb.getSheetName(i);
                if (!n.equals("Portada") && !n.equals("Evaluación") && !n.equals("Seguimiento") && !n.equals("Historial")) {
                    wb.removeSheetAt(i);
                }
            }
            XSSFSheet cover = wb.getSheet("Portada");
            cover.getRow(0).getCell(0).setCellValue("INFORME DE CIERRE DEL PERIODO");
            cover.getRow(2).getCell(0).setCellValue("Cierre del periodo ${cover.periodYear}");
            label(cover, 7, "Periodo", "${cover.periodYear} (al ${cover.periodEnd}), cerrado el ${closing.closedAt}");
            label(cover, 8, "Niveles al cierre calificados por", "${closing.ratedBy}");
            label(cover, 9, "Riesgos", "${closing.riskSummary}");
            label(cover, 10, "Medidas", "${closing.measureSummary}");
            for (int r = 11; r <= 12; r++) {
                Row row = cover.getRow(r);
                if (row != null) {
                    cover.removeRow(row);
                }
            }
            for (int r = 16; r <= 40; r++) {
                Row row = cover.getRow(r);
                if (row != null) {
                    cover.removeRow(row);
                }
            }
            for (int m = cover.getNumMergedRegions() - 1; m >= 0; m--) {
                int first = cover.getMergedRegion(m).getFirstRow();
                if (first >= 11 && !(first >= 13 && first <= 15)) {
                    cover.removeMergedRegion(m);
                }
            }
            table(wb, "Evaluación", "Riesgos al cierre", "1. Riesgos al cierre", "closingRisk", new String[][] {
                {"Código", "code"}, {"Proceso", "process"}, {"Enunciado del riesgo", "statement"},
                {"Nivel inherente", "inherentLevel"}, {"Calificación de los controles (plan)", "controlRating"},
                {"Nivel residual planificado", "plannedResidualLevel"},
                {"Calificación de los controles al cierre", "closingControlRating"},
                {"Nivel residual al cierre", "closingResidualLevel"}, {"Frente al residual planificado", "change"},
                {"Medidas implementadas", "implemented"}}, new int[] {9, 22, 50, 14, 18, 16, 18, 16, 14, 14});
            table(wb, "Seguimiento", "Medidas al cierre", "2. Medidas al cierre", "closingMeasure", new String[][] {
                {"Código", "code"}, {"Riesgo", "riskCode"}, {"Medida", "description"},
                {"Unidad responsable", "responsibleUnit"}, {"Fin", "endDate"}, {"Estado final", "status"},
                {"Avance (%)", "progress"}, {"Al cierre", "outcome"}, {"Motivo de la baja", "droppedReason"}},
                new int[] {11, 9, 50, 22, 12, 14, 10, 24, 40});
            table(wb, "Historial", "Ciclos", "3. Ciclos de seguimiento", "cycle", new String[][] {
                {"Ciclo", "number"}, {"Remitido el", "submittedAt"}, {"Por", "submittedBy"}, {"Reportes", "reports"},
                {"Medidas reportadas", "measures"}}, new int[] {8, 20, 36, 12, 18});
            wb.getSheet("Medidas al cierre").getRow(3).getCell(0).setCellValue("${closing.measureSummary}");
            wb.getSheet("Riesgos al cierre").getRow(2).getCell(0).setCellValue("${closing.riskSummary}");
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                if (i > 0) {
                    s.getRow(0).getCell(0).setCellValue(
                            "Informe de cierre del periodo · ${cover.entityName} · periodo ${cover.periodYear}");
                }
            }
            wb.setActiveSheet(0);
            while (wb.getNumberOfNames() > 0) {
                wb.removeName(wb.getAllNames().get(0));
            }
            try (OutputStream out = new FileOutputStream(a[1])) {
                wb.write(out);
            }
        }
    }

    private static void label(XSSFSheet sheet, int row, String label, String value) {
        Row r = sheet.getRow(row);
        r.getCell(0).setCellValue(label);
        r.getCell(1).setCellValue(value);
    }

    /** Renames a sheet and rewrites its header (row 5) and map row (row 6) with these columns, styles kept. */
    private static void table(XSSFWorkbook wb, String sheetName, String newName, String title, String key,
            String[][] columns, int[] widths) {
        XSSFSheet s = wb.getSheet(sheetName);
        wb.setSheetName(wb.getSheetIndex(s), newName);
        s.getRow(1).getCell(0).setCellValue(title);
        Row h = s.getRow(5);
        Row m = s.getRow(6);
        var headerStyle = h.getCell(0).getCellStyle();
        var mapStyle = m.getCell(1).getCellStyle();
        for (int c = h.getLastCellNum() - 1; c >= 0; c--) {
            if (h.getCell(c) != null) {
                h.removeCell(h.getCell(c));
            }
            if (m.getCell(c) != null) {
                m.removeCell(m.getCell(c));
            }
        }
        for (int c = 0; c < columns.length; c++) {
            Cell hc = h.createCell(c);
            hc.setCellStyle(headerStyle);
            hc.setCellValue(columns[c][0]);
            Cell mc = m.createCell(c);
            mc.setCellStyle(mapStyle);
            mc.setCellValue("${" + key + "." + columns[c][1] + "}");
            s.setColumnWidth(c, widths[c] * 256);
        }
    }
}
