package pe.integrity.register.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import pe.integrity.register.archive.Stamp;

/**
 * The entity register as an Excel workbook, filled into {@code templates/registro-entidad.xlsx}. The template
 * decides sheets, letterhead, labels, column order, widths and styles: in each sheet, the row whose cells hold
 * table keys such as {@code ${risk.code}} is the map row, repeated once per item with its cells' styles; the
 * row above it is the header, and a filter or frozen panes set on the sheet in the template are kept (the filter
 * grows to the data). Everything else containing {@code ${...}} is replaced by scalar values.
 */
@Component
public class ExcelRegisterWriter {

    static final String TEMPLATE = PdfRegisterWriter.TEMPLATES + "registro-entidad.xlsx";
    static final String LISTS_SHEET = "Listas";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)\\.([a-zA-Z]+)}");

    public void write(RegisterData data, Stamp stamp, OutputStream out) throws IOException {
        RegisterData.Cover c = data.cover();
        fill(TEMPLATE, new Content(WorkbookFields.scalars(data, stamp), WorkbookFields.tables(data),
                WorkbookFields.dropdowns(data.lists()),
                Map.of("inherent", data.inherentMap(), "residual", data.residualMap()),
                "Registro de riesgos de integridad - " + c.entityName() + " - " + c.periodYear(), c.schemeCode(),
                stamp.draft() ? "BORRADOR" : "Registro aprobado por la SIP"), stamp, out);
    }

    /**
     * What a workbook template is filled with: scalar and table keys, dropdown lists by table key, heat maps by
     * the name their anchor cell gives ({@code ${heatmap.inherent}}), and the file's document properties.
     */
    public record Content(Map<String, String> scalars, Map<String, List<Map<String, Object>>> tables,
            Map<String, List<String>> dropdowns, Map<String, RegisterData.HeatMapView> heatMaps, String title,
            String schemeCode, String description) {}

    /** Fills any workbook template of {@code templates/} the same way as the register's (see the class comment). */
    public void fill(String template, Content content, Stamp stamp, OutputStream out) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(template)) {
            if (in == null) {
                throw new IllegalStateException("workbook template missing: " + template);
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
                SafeCells cells = new SafeCells(wb);
                Map<String, String> lists = writeLists(wb, content.dropdowns(), cells);
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    XSSFSheet sheet = wb.getSheetAt(i);
                    if (!sheet.getSheetName().equals(LISTS_SHEET)) {
                        fillSheet(sheet, content, lists, cells, stamp);
                    }
                }
                properties(wb, content, stamp);
                wb.write(out);
            }
        }
    }

    private void fillSheet(XSSFSheet sheet, Content content, Map<String, String> lists, SafeCells cells, Stamp stamp) {
        Map<String, String> scalars = content.scalars();
        Map<String, List<Map<String, Object>>> tables = content.tables();
        Row mapRow = null;
        List<Cell> anchors = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING || !cell.getStringCellValue().contains("${")) {
                    continue;
                }
                String text = cell.getStringCellValue();
                Matcher m = PLACEHOLDER.matcher(text.strip());
                if (m.matches() && tables.containsKey(m.group(1)) && mapRow == null) {
                    mapRow = row;
                } else if (m.matches() && m.group(1).equals("heatmap")) {
                    anchors.add(cell);
                } else if (mapRow != row) {
                    cells.put(cell, replace(text, scalars), cell.getCellStyle());
                }
            }
        }
        for (Cell anchor : anchors) {
            String which = PLACEHOLDER.matcher(anchor.getStringCellValue().strip()).replaceAll("$2");
            HeatMapCells.draw(sheet, anchor, content.heatMaps().get(which), cells);
        }
        if (mapRow != null) {
            fillTable(sheet, mapRow, tables, lists, cells);
        }
        printSetup(sheet, mapRow);
        if (stamp.draft()) {
            sheet.getHeader().setCenter("BORRADOR");
        }
        sheet.getFooter().setLeft("Código de verificación: " + stamp.displayCode());
        sheet.getFooter().setRight("Página &P de &N");
    }

    /** Repeats the map row once per item (or blanks it when there is none); header above, frozen, filtered. */
    private void fillTable(XSSFSheet sheet, Row mapRow, Map<String, List<Map<String, Object>>> tables,
            Map<String, String> lists, SafeCells cells) {
        int first = mapRow.getRowNum();
        List<String> keys = new ArrayList<>();
        List<CellStyle> styles = new ArrayList<>();
        int firstCol = mapRow.getFirstCellNum();
        for (int c = firstCol; c < mapRow.getLastCellNum(); c++) {
            Cell cell = mapRow.getCell(c);
            String text = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip();
            Matcher m = PLACEHOLDER.matcher(text);
            keys.add(m.matches() ? m.group(1) + "." + m.group(2) : null);
            styles.add(cell == null ? sheet.getWorkbook().getCellStyleAt(0) : cell.getCellStyle());
        }
        String table = keys.stream().filter(k -> k != null).findFirst().orElseThrow().split("\\.")[0];
        List<Map<String, Object>> items = tables.get(table);
        float height = mapRow.getHeightInPoints();
        for (int i = 0; i < Math.max(1, items.size()); i++) {
            Row row = sheet.getRow(first + i) == null ? sheet.createRow(first + i) : sheet.getRow(first + i);
            float needed = height;
            for (int k = 0; k < keys.size(); k++) {
                Cell cell = row.getCell(firstCol + k) == null ? row.createCell(firstCol + k) : row.getCell(firstCol + k);
                String key = keys.get(k);
                Object value = key == null || items.isEmpty() ? "" : items.get(i).get(key.substring(table.length() + 1));
                cells.put(cell, value, styles.get(k));
                needed = Math.max(needed, RowHeights.needed(sheet, cell, value));
            }
            row.setHeightInPoints(needed);
        }
        int last = first + Math.max(1, items.size()) - 1;
        int lastCol = firstCol + keys.size() - 1;
        // frozen panes come with the template as its author set them; a filter set there grows to the data
        if (first > 0 && sheet.getCTWorksheet().isSetAutoFilter()) {
            sheet.setAutoFilter(new CellRangeAddress(first - 1, last, firstCol, lastCol));
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int k = 0; k < keys.size(); k++) {
            String name = keys.get(k) == null ? null : lists.get(keys.get(k));
            if (name != null && !items.isEmpty()) {
                DataValidation v = helper.createValidation(helper.createFormulaListConstraint(name),
                        new CellRangeAddressList(first, last, firstCol + k, firstCol + k));
                v.setShowErrorBox(true);
                sheet.addValidationData(v);
            }
        }
    }

    /** On paper: A4 landscape, as wide as the page, the table's header row repeated on every page. */
    private static void printSetup(XSSFSheet sheet, Row mapRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        if (mapRow != null && mapRow.getRowNum() > 0) {
            int header = mapRow.getRowNum(); // the row above the map row, 1-based
            sheet.setRepeatingRows(CellRangeAddress.valueOf(header + ":" + header));
        }
    }

    /** Catalogue values on a hidden sheet, one named column per list; returns key → name for validations. */
    private Map<String, String> writeLists(XSSFWorkbook wb, Map<String, List<String>> dropdowns, SafeCells cells) {
        if (dropdowns.isEmpty()) {
            return Map.of();
        }
        XSSFSheet sheet = wb.getSheet(LISTS_SHEET) == null ? wb.createSheet(LISTS_SHEET) : wb.getSheet(LISTS_SHEET);
        Map<String, String> names = new java.util.LinkedHashMap<>();
        Map<List<String>, String> byList = new java.util.HashMap<>();
        CellStyle plain = wb.getCellStyleAt(0);
        for (Map.Entry<String, List<String>> e : dropdowns.entrySet()) {
            String existing = byList.get(e.getValue());
            if (existing != null) {
                names.put(e.getKey(), existing);
                continue;
            }
            int col = byList.size();
            for (int r = 0; r < e.getValue().size(); r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                cells.put(row.createCell(col), e.getValue().get(r), plain);
            }
            String name = "lista_" + e.getKey().replace('.', '_');
            Name n = wb.getName(name) == null ? wb.createName() : wb.getName(name);
            n.setNameName(name);
            String column = CellReference.convertNumToColString(col);
            n.setRefersToFormula("'" + LISTS_SHEET + "'!$" + column + "$1:$" + column + "$" + Math.max(1, e.getValue().size()));
            byList.put(e.getValue(), name);
            names.put(e.getKey(), name);
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.HIDDEN);
        return names;
    }

    private static void properties(XSSFWorkbook wb, Content content, Stamp stamp) {
        POIXMLProperties props = wb.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(content.title());
        core.setSubjectProperty("Código de verificación " + stamp.verificationCode() + " · " + stamp.verificationUrl());
        core.setCreator(stamp.generatedBy());
        core.setKeywords("registro de riesgos; " + content.schemeCode() + "; " + stamp.verificationCode());
        core.setDescription(content.description());
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        custom.addProperty("CodigoVerificacion", stamp.verificationCode());
        custom.addProperty("URLVerificacion", stamp.verificationUrl());
        custom.addProperty("EsquemaCalificacion", content.schemeCode());
        custom.addProperty("Borrador", stamp.draft());
    }

    private static String replace(String text, Map<String, String> scalars) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = scalars.get(m.group(1) + "." + m.group(2));
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
