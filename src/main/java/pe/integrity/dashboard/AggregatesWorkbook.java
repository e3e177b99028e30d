package pe.integrity.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pe.integrity.catalog.HeatMap;
import pe.integrity.catalog.ResidualTable;
import pe.integrity.catalog.ScaleLevel;
import pe.integrity.dashboard.NationalAggregates.Aggregates;
import pe.integrity.dashboard.NationalAggregates.Bar;
import pe.integrity.dashboard.NationalAggregates.EntityOverdue;
import pe.integrity.dashboard.NationalAggregates.LevelCount;

/** The aggregates page's numbers as a workbook: one sheet per table, the filter on each, numbers as numbers. */
@Component
class AggregatesWorkbook {

    private final MessageSource messages;

    AggregatesWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Aggregates a, java.util.Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            String scope = scope(a, locale);

            Sheet levels = sheet(wb, m("dashboard.aggregates.levels", locale), scope, bold,
                    m("dashboard.aggregates.level", locale), m("dashboard.aggregates.inherent", locale),
                    m("dashboard.aggregates.residual", locale));
            for (LevelCount l : a.levels()) {
                row(levels, l.label() == null ? m("dashboard.aggregates.notEvaluated", locale) : l.label(),
                        l.inherent(), l.residual());
            }

            HeatMap map = a.heatMap().map();
            Sheet heat = wb.createSheet(safe(m("dashboard.aggregates.heatMap", locale)));
            heat.createRow(0).createCell(0).setCellValue(scope + " · " + a.schemeCode());
            Row head = heat.createRow(2);
            head.createCell(0).setCellValue(m("dashboard.aggregates.impactProbability", locale));
            for (int i = 0; i < map.probabilities().size(); i++) {
                ScaleLevel p = map.probabilities().get(i);
                head.createCell(i + 1).setCellValue(p.value() + " " + p.label(locale));
                head.getCell(i + 1).setCellStyle(bold);
            }
            int r = 3;
            for (HeatMap.Row row : map.rows()) {
                Row x = heat.createRow(r++);
                x.createCell(0).setCellValue(row.impact().value() + " " + row.impact().label(locale));
                for (int i = 0; i < row.cells().size(); i++) {
                    x.createCell(i + 1).setCellValue(a.heatMap().count(row.cells().get(i)));
                }
            }

            ResidualTable table = a.residualMap().table();
            Sheet residual = wb.createSheet(safe(m("dashboard.aggregates.residualMap", locale)));
            residual.createRow(0).createCell(0).setCellValue(scope + " · " + a.schemeCode());
            Row ratings = residual.createRow(2);
            ratings.createCell(0).setCellValue(m("dashboard.aggregates.inherentRating", locale));
            for (int i = 0; i < table.ratings().size(); i++) {
                ratings.createCell(i + 1).setCellValue(table.ratings().get(i).label(locale));
                ratings.getCell(i + 1).setCellStyle(bold);
            }
            int line = 3;
            for (ResidualTable.Row row : table.rows()) {
                Row x = residual.createRow(line++);
                x.createCell(0).setCellValue(row.inherent().label(locale));
                for (int i = 0; i < table.ratings().size(); i++) {
                    x.createCell(i + 1).setCellValue(a.residualMap().count(row, i));
                }
            }

            bars(wb, m("dashboard.aggregates.typologies", locale), scope, bold, m("dashboard.aggregates.typology", locale),
                    a.typologies(), locale);
            bars(wb, m("dashboard.aggregates.processes", locale), scope, bold, m("dashboard.aggregates.process", locale),
                    a.processes(), locale);
            Sheet overdue = sheet(wb, m("dashboard.aggregates.overdue", locale), scope, bold,
                    m("dashboard.aggregates.entity", locale), m("dashboard.aggregates.overdueMeasures", locale));
            for (EntityOverdue e : a.overdue()) {
                row(overdue, e.name(), e.measures());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dashboard number's list of entities as a workbook: the same columns as the page, the stage as text. */
    byte[] entities(java.util.List<NationalDashboard.EntityLine> lines, int periodYear, DashboardColumn column,
            Dimension by, String value, java.util.Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            String scope = m("dashboard.column." + column.name(), locale) + " · " + periodYear
                    + (by == null ? "" : " · " + m("dashboard.row." + by.name(), locale) + ": "
                            + (by == Dimension.ENTITY_TYPE ? m("entityType." + value, locale) : value));
            Sheet s = sheet(wb, m("dashboard.list.title", locale), scope, bold, m("dashboard.list.entity", locale),
                    m("dashboard.row.ENTITY_TYPE", locale), m("dashboard.row.DEPARTMENT", locale),
                    m("dashboard.row.SECTOR", locale), m("dashboard.list.assessment", locale));
            for (NationalDashboard.EntityLine e : lines) {
                Row r = s.createRow(s.getLastRowNum() + 1);
                r.createCell(0).setCellValue(e.name());
                r.createCell(1).setCellValue(m("entityType." + e.type().name(), locale));
                r.createCell(2).setCellValue(e.department() == null ? "" : e.department());
                r.createCell(3).setCellValue(e.sector() == null ? "" : e.sector());
                r.createCell(4).setCellValue(e.stage() == null ? m("dashboard.list.notStarted", locale)
                        : m("stage." + e.stage().name(), locale));
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bars(XSSFWorkbook wb, String title, String scope, CellStyle bold, String what,
            java.util.List<Bar> bars, java.util.Locale locale) {
        Sheet s = sheet(wb, title, scope, bold, what, m("dashboard.aggregates.risks", locale));
        for (Bar b : bars) {
            row(s, b.label(), b.count());
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String title, String scope, CellStyle bold, String... headers) {
        Sheet s = wb.createSheet(safe(title));
        s.createRow(0).createCell(0).setCellValue(scope);
        Row h = s.createRow(2);
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
            h.getCell(i).setCellStyle(bold);
            s.setColumnWidth(i, (i == 0 ? 60 : 18) * 256);
        }
        return s;
    }

    private static void row(Sheet s, String label, long... counts) {
        Row r = s.createRow(s.getLastRowNum() + 1);
        r.createCell(0).setCellValue(label);
        for (int i = 0; i < counts.length; i++) {
            r.createCell(i + 1).setCellValue(counts[i]);
        }
    }

    private String scope(Aggregates a, java.util.Locale locale) {
        NationalAggregates.Filter f = a.filter();
        String where = f.by() == null ? m("dashboard.aggregates.country", locale)
                : m("dashboard.row." + f.by().name(), locale) + ": " + (f.by() == Dimension.ENTITY_TYPE
                        ? m("entityType." + f.value(), locale) : f.value());
        return m("dashboard.aggregates.title", locale) + " " + f.periodYear() + " · " + where;
    }

    /** Sheet names: at most 31 characters, none of Excel's forbidden ones. */
    private static String safe(String name) {
        String s = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    private String m(String key, java.util.Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
