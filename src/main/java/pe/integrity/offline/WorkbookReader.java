package pe.integrity.offline;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded workbook safely. First the bytes are checked as they are, without POI: size, kind of file
 * (an encrypted or legacy file is an OLE2 container, not a zip), every archive entry's name (no {@code ../}, no
 * absolute paths), macros, the number of parts and how far they inflate (a zip bomb is stopped while counting, not
 * after). Only then POI opens the package, with its own default inflate-ratio guard, and the data sheets are
 * streamed through a SAX parser that POI configures without DTDs or external entities; reading stops at the row or
 * column limit. Nothing is kept: the caller decides what to store.
 */
@Component
class WorkbookReader {

    private final WorkbookLimits limits;

    WorkbookReader(WorkbookLimits limits) {
        // the archive's inflated size is capped by our own scan before POI opens it; POI's ZipSecureFile keeps its
        // defaults (inflate ratio 0.01): its settings are JVM-wide, and the registers' own workbooks are larger
        this.limits = limits;
    }

    ReadWorkbook read(byte[] file) {
        checkBytes(file);
        Path temp = null;
        try {
            temp = Files.createTempFile("workbook", ".xlsx");
            Files.write(temp, file);
            try (OPCPackage pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                return sheets(pkg);
            }
        } catch (WorkbookRefused e) {
            throw e;
        } catch (SAXException e) {
            throw new WorkbookRefused(e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "offline.refused.xml" : "offline.refused.damaged");
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw new WorkbookRefused("offline.refused.damaged");
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    /** Refusals decided on the bytes alone. */
    void checkBytes(byte[] file) {
        if (file.length == 0) {
            throw new WorkbookRefused("offline.refused.empty");
        }
        if (file.length > limits.maxBytes()) {
            throw new WorkbookRefused("offline.refused.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new WorkbookRefused("offline.refused.notXlsx");
        }
        if (magic == FileMagic.OLE2) {
            throw new WorkbookRefused(encrypted(file) ? "offline.refused.encrypted" : "offline.refused.oldFormat");
        }
        if (magic != FileMagic.OOXML) {
            throw new WorkbookRefused("offline.refused.notXlsx");
        }
        scanArchive(file);
    }

    /** Excel keeps a password-protected xlsx as an OLE2 container with an EncryptedPackage stream. */
    private static boolean encrypted(byte[] file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void scanArchive(byte[] file) {
        long inflated = 0;
        int parts = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (++parts > limits.maxParts()) {
                    throw new WorkbookRefused("offline.refused.tooManyParts");
                }
                if (unsafeName(name)) {
                    throw new WorkbookRefused("offline.refused.badEntry");
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.startsWith("xl/macrosheets/")) {
                    throw new WorkbookRefused("offline.refused.macros");
                }
                boolean contentTypes = name.equals("[Content_Types].xml");
                StringBuilder types = contentTypes ? new StringBuilder() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > limits.maxInflatedBytes()) {
                        throw new WorkbookRefused("offline.refused.bomb");
                    }
                    if (types != null && types.length() < 1_000_000) {
                        types.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
                if (types != null && types.toString().contains("macroEnabled")) {
                    throw new WorkbookRefused("offline.refused.macros");
                }
            }
        } catch (ZipException | EOFException e) {
            throw new WorkbookRefused("offline.refused.damaged");
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkbookRefused("offline.refused.damaged");
        }
        if (parts == 0) {
            throw new WorkbookRefused("offline.refused.damaged");
        }
    }

    private static boolean unsafeName(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("/") || n.contains(":") || n.equals("..") || n.startsWith("../") || n.contains("/../")
                || n.endsWith("/..");
    }

    private ReadWorkbook sheets(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
        StylesTable styles = reader.getStylesTable();
        Map<Integer, String[]> identity = null;
        Map<String, ReadWorkbook.Sheet> data = new HashMap<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                String name = it.getSheetName();
                if (WorkbookWriter.INSTRUCTIONS.equals(name) && identity == null) {
                    Rows rows = new Rows(true, WorkbookWriter.MADE_ROW, 3);
                    parse(in, styles, strings, rows);
                    identity = rows.identity();
                } else if (WorkbookWriter.DATA_SHEETS.contains(name) && !data.containsKey(name)) {
                    Rows rows = new Rows(false, limits.maxRows(), limits.maxColumns());
                    parse(in, styles, strings, rows);
                    data.put(name, new ReadWorkbook.Sheet(rows.header, rows.rows));
                }
            }
        }
        if (identity == null || !data.containsKey(WorkbookWriter.RISKS)) {
            throw new WorkbookRefused("offline.refused.notOurs");
        }
        return new ReadWorkbook(identity, data);
    }

    private static void parse(InputStream in, StylesTable styles, ReadOnlySharedStringsTable strings, Rows rows)
            throws IOException, SAXException {
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows,
                new DataFormatter(Locale.forLanguageTag("es-PE")), false));
        parser.parse(new InputSource(in));
    }

    /**
     * Collects rows as the parser streams them. Only the instructions sheet's first rows (identity) are kept from
     * it; of a data sheet, the header and every row with some text. The limits stop the parse at once.
     */
    private static final class Rows implements SheetContentsHandler {

        private final boolean identitySheet;
        private final int maxRows;
        private final int maxColumns;
        private final Map<Integer, String[]> identityRows = new HashMap<>();
        private final List<String> header = new ArrayList<>();
        private final List<SheetRow> rows = new ArrayList<>();
        private int current;
        private Map<Integer, String> cells;

        Rows(boolean identitySheet, int maxRows, int maxColumns) {
            this.identitySheet = identitySheet;
            this.maxRows = maxRows;
            this.maxColumns = maxColumns;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum > maxRows) {
                if (identitySheet) {
                    // the instructions sheet: rows past the identity are prose, not read
                    current = -1;
                    return;
                }
                throw new WorkbookRefused("offline.refused.tooManyRows", String.valueOf(maxRows));
            }
            current = rowNum;
            cells = new HashMap<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (current < 0 || reference == null) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column >= maxColumns) {
                if (identitySheet) {
                    return;
                }
                throw new WorkbookRefused("offline.refused.tooManyColumns", String.valueOf(maxColumns));
            }
            if (value != null && !value.isBlank()) {
                cells.put(column, value.replace("\r\n", "\n").strip());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (current < 0) {
                return;
            }
            if (identitySheet) {
                identityRows.put(rowNum, new String[] {cells.get(1), cells.get(2)});
                return;
            }
            if (rowNum == 0) {
                int last = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
                for (int i = 0; i <= last; i++) {
                    header.add(cells.getOrDefault(i, ""));
                }
                return;
            }
            if (!cells.isEmpty()) {
                rows.add(new SheetRow(rowNum + 1, Map.copyOf(cells)));
            }
        }

        Map<Integer, String[]> identity() {
            return identityRows;
        }
    }
}
