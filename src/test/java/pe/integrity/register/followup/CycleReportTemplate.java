package pe.integrity.register.followup;

import org.apache.poi.xssf.usermodel.*;
import org.apache.poi.ss.usermodel.*;
import java.io.*;
/**
 * Made the first version of templates/informe-seguimiento.xlsx from the register's workbook (its cover and its
 * progress-report sheet), so styles and letterhead match. Not part of the build: since then the .xlsx is the
 * template, edited in Excel or LibreOffice. Run as {@code RegisterWorkbookTemplate} says, with the register's
 * template and the output file as arguments.
 */
public class CycleReportTemplate { public static void main(String[] a) throws Exception {
  try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(a[0]))) {
    for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
      String n = wb.getSheetName(i);
      if (!n.equals("Portada") && !n.equals("Reportes de avance")) wb.removeSheetAt(i);
    }
    XSSFSheet cover = wb.getSheet("Portada");
    cover.getRow(0).getCell(0).setCellValue("INFORME DE SEGUIMIENTO DE LAS MEDIDAS DE TRATAMIENTO");
    cover.getRow(2).getCell(0).setCellValue("Ciclo de seguimiento ${cycle.number}");
    cover.getRow(8).getCell(0).setCellValue("Ciclo");
    cover.getRow(8).getCell(1).setCellValue("${cycle.number}: reporte remitido el ${cycle.submittedAt} por ${cycle.submittedBy}");
    cover.getRow(9).getCell(0).setCellValue("Resumen del ciclo");
    cover.getRow(9).getCell(1).setCellValue("${cycle.summary}");
    cover.getRow(10).getCell(0).setCellValue("Etapa de la evaluación al generarse");
    cover.getRow(10).getCell(1).setCellValue("${cover.stage}");
    for (int r = 11; r <= 12; r++) { Row row = cover.getRow(r); if (row != null) cover.removeRow(row); }
    for (int r = 16; r <= 40; r++) { Row row = cover.getRow(r); if (row != null) cover.removeRow(row); }
    while (cover.getNumMergedRegions() > 0) {
      boolean removed = false;
      for (int m = 0; m < cover.getNumMergedRegions(); m++) {
        if (cover.getMergedRegion(m).getFirstRow() >= 11 && !(cover.getMergedRegion(m).getFirstRow() >= 13 && cover.getMergedRegion(m).getFirstRow() <= 15)) { cover.removeMergedRegion(m); removed = true; break; }
      }
      if (!removed) break;
    }
    XSSFSheet rep = wb.getSheet("Reportes de avance");
    wb.setSheetName(wb.getSheetIndex(rep), "Reportes del ciclo");
    rep.getRow(0).getCell(0).setCellValue("Informe de seguimiento · ${cover.entityName} · periodo ${cover.periodYear} · ciclo ${cycle.number}");
    rep.getRow(1).getCell(0).setCellValue("Reportes de avance del ciclo ${cycle.number}");
    rep.getRow(2).getCell(0).setCellValue("${cycle.summary}");
    Row h = rep.getRow(5), m = rep.getRow(6);
    // after the existing columns: the measure's risk and text
    Cell hs = h.getCell(7), ms = m.getCell(7);
    Cell h1 = h.createCell(8); h1.setCellStyle(hs.getCellStyle()); h1.setCellValue("Riesgo");
    Cell m1 = m.createCell(8); m1.setCellStyle(ms.getCellStyle()); m1.setCellValue("${report.riskCode}");
    Cell h2 = h.createCell(9); h2.setCellStyle(hs.getCellStyle()); h2.setCellValue("Descripción de la medida");
    Cell m2 = m.createCell(9); m2.setCellStyle(ms.getCellStyle()); m2.setCellValue("${report.measureDescription}");
    rep.setColumnWidth(8, 10 * 256); rep.setColumnWidth(9, 45 * 256);
    try (OutputStream out = new FileOutputStream(a[1])) { wb.write(out); }
  }
}}
