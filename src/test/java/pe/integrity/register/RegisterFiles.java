package pe.integrity.register;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.StoredRegister;

/** Reads generated registers back as a person's tools would: PDF text per page (PDFBox), workbook cells (POI). */
public final class RegisterFiles {

    private RegisterFiles() {}

    public static byte[] bytes(RegisterArchive archive, StoredRegister doc) {
        try (InputStream in = archive.open(doc)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, whitespace collapsed to single spaces (table cells wrap lines anywhere). */
    public static List<String> pdfPages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(normal(stripper.getText(doc)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text in the bottom margin of each page (the footer), in reading order. */
    public static List<String> pdfFooters(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> footers = new ArrayList<>();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            for (PDPage page : doc.getPages()) {
                var box = page.getMediaBox();
                float margin = 18 / 25.4f * 72; // the template's bottom margin, 18 mm
                stripper.addRegion("footer", new Rectangle2D.Float(0, box.getHeight() - margin, box.getWidth(), margin));
                stripper.extractRegions(page);
                footers.add(normal(stripper.getTextForRegion("footer")));
            }
            return footers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pdfText(byte[] pdf) {
        return String.join(" ", pdfPages(pdf));
    }

    /** Number of images drawn on all pages (the heat maps). */
    public static int pdfImages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String normal(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** Text without any whitespace, for PDF comparisons where line wrapping may fall anywhere. */
    public static String squash(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    public static XSSFWorkbook workbook(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every string cell of a sheet, as written (not normalised). */
    public static List<String> strings(Sheet sheet) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    values.add(cell.getStringCellValue());
                }
            }
        }
        return values;
    }

    /** The column of a header label in a sheet's header row (the row above the first data row). */
    public static int column(Sheet sheet, int headerRow, String label) {
        Row row = sheet.getRow(headerRow);
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label + " in " + sheet.getSheetName());
    }

    /** The row index of the first cell whose text equals the label. */
    public static Cell find(Sheet sheet, String startsWith) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(startsWith)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell starting with " + startsWith + " in " + sheet.getSheetName());
    }

    /** Where the text of a PDF reaches: the rightmost glyph edge over the page width, and how many glyphs. */
    public record TextExtent(float rightmostShare, long glyphs, long glyphsOf) {}

    /** The extent of all text, and how many glyphs are the given character (to prove none went missing). */
    public static TextExtent pdfTextExtent(byte[] pdf, char counted) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float[] rightmost = {0};
            long[] counts = {0, 0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    float share = (text.getXDirAdj() + text.getWidthDirAdj()) / text.getPageWidth();
                    rightmost[0] = Math.max(rightmost[0], share);
                    counts[0]++;
                    if (text.getUnicode().indexOf(counted) >= 0) {
                        counts[1]++;
                    }
                }
            };
            stripper.getText(doc);
            return new TextExtent(rightmost[0], counts[0], counts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a record tree with every text component replaced, colours and pictures left as they are. */
    public static Object mapStrings(Object value, UnaryOperator<String> f) throws Exception {
        return mapStrings(value, f, name -> !name.toLowerCase().contains("colour"));
    }

    /** The same, entering only the record components whose name {@code enter} accepts. */
    public static Object mapStrings(Object value, UnaryOperator<String> f, java.util.function.Predicate<String> enter)
            throws Exception {
        if (value instanceof String s) {
            return s.isEmpty() ? s : f.apply(s);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object o : list) {
                copy.add(mapStrings(o, f, enter));
            }
            return copy;
        }
        if (value != null && value.getClass().isRecord()) {
            RecordComponent[] components = value.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                components[i].getAccessor().setAccessible(true);
                Object v = components[i].getAccessor().invoke(value);
                args[i] = enter.test(components[i].getName()) ? mapStrings(v, f, enter) : v;
                types[i] = components[i].getType();
            }
            var constructor = value.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        }
        return value;
    }
}
