package pe.integrity.register.entity;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A heat map in a worksheet, where the template puts its anchor ({@code ${heatmap.inherent}} or
 * {@code ${heatmap.residual}}): a title, the matrix as coloured cells holding the counts, the column labels,
 * and the PNG picture to its right.
 */
public final class HeatMapCells {

    private HeatMapCells() {}

    /** Draws the map with its top-left corner at the anchor cell; returns the number of rows used. */
    static int draw(XSSFSheet sheet, Cell anchor, RegisterData.HeatMapView map, SafeCells cells) {
        CellStyle base = anchor.getCellStyle();
        int top = anchor.getRowIndex();
        int left = anchor.getColumnIndex();
        cells.put(anchor, map.heading(), base);
        int r = top + 1;
        cells.put(cell(sheet, r, left), map.rowAxis() + " / " + map.columnAxis(), base);
        for (int c = 0; c < map.columns().size(); c++) {
            cells.put(cell(sheet, r, left + 1 + c), map.columns().get(c), base);
        }
        for (RegisterData.MapRow row : map.rows()) {
            r++;
            cells.put(cell(sheet, r, left), row.label(), base);
            for (int c = 0; c < row.cells().size(); c++) {
                RegisterData.MapCell mc = row.cells().get(c);
                cells.put(cell(sheet, r, left + 1 + c), new WorkbookFields.Coloured(null, mc.colour()), base);
                Cell count = cell(sheet, r, left + 1 + c);
                count.setCellValue(mc.count());
            }
        }
        picture(sheet, map, top, left + map.columns().size() + 2);
        return r - top + 1;
    }

    private static void picture(XSSFSheet sheet, RegisterData.HeatMapView map, int row, int col) {
        int index = sheet.getWorkbook().addPicture(map.png(), Workbook.PICTURE_TYPE_PNG);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(col);
        anchor.setRow1(row);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        XSSFPicture picture = drawing.createPicture(anchor, index);
        picture.resize(0.5); // the PNG is drawn at twice its display size
    }

    private static Cell cell(XSSFSheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }
}
