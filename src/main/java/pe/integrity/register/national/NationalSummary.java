package pe.integrity.register.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import pe.integrity.organisation.EntityType;
import pe.integrity.register.archive.VerificationCodes;
import pe.integrity.shared.Display;

/**
 * Counts of risks by residual level (per scheme: levels belong to a scheme) and entity type, gathered
 * while the risk rows stream past; written last as the Resumen sheet.
 */
public final class NationalSummary {

    private static final EntityType[] TYPES = EntityType.values();

    private final NationalVocabulary vocabulary;
    /** scheme|level → counts per entity type, in {@link EntityType} order. */
    private final Map<Key, long[]> counts = new LinkedHashMap<>();
    private long risks;
    private long measures;

    NationalSummary(NationalVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** @param level null for a risk not evaluated yet */
    record Key(String scheme, String level) {}

    void add(String scheme, String level, String entityType) {
        long[] row = counts.computeIfAbsent(new Key(scheme, level), k -> new long[TYPES.length]);
        int index = indexOf(entityType);
        if (index >= 0) {
            row[index]++;
        }
        risks++;
    }

    void measures(long rows) {
        measures = rows;
    }

    long risks() {
        return risks;
    }

    long measures() {
        return measures;
    }

    /** Risks of this scheme, residual level (null = not evaluated) and entity type. */
    long count(String scheme, String level, String entityType) {
        long[] row = counts.get(new Key(scheme, level));
        int index = indexOf(entityType);
        return row == null || index < 0 ? 0 : row[index];
    }

    Map<Key, long[]> counts() {
        return counts;
    }

    /**
     * The Resumen sheet: first what the file is (a national export at one moment, with its filters, of
     * assessments at any stage: not a register approved by SIP), its verification code and URL, who generated it
     * and when, as the file properties also carry them; then the filters, the totals and the counts by level.
     */
    void writeTo(Sheet sheet, ExportCells cells, NationalFilter filter, NationalRegisterWriter.DocumentInfo info) {
        int r = 0;
        r = fact(sheet, cells, r, "national.summary.document", info.title());
        r = fact(sheet, cells, r, "national.summary.what", vocabulary.message("national.summary.whatText"));
        r = fact(sheet, cells, r, "national.summary.generatedAt", Display.dateTime(info.generatedAt()));
        r = fact(sheet, cells, r, "national.summary.author", info.author());
        if (info.verificationCode() != null) {
            r = fact(sheet, cells, r, "national.summary.code", VerificationCodes.display(info.verificationCode()));
        }
        if (info.verificationUrl() != null) {
            r = fact(sheet, cells, r, "national.summary.url", info.verificationUrl());
        }
        r++;
        r = fact(sheet, cells, r, "national.filter.period", String.valueOf(filter.periodYear()));
        r = fact(sheet, cells, r, "national.filter.sector", orAll(filter.sector()));
        r = fact(sheet, cells, r, "national.filter.department", orAll(filter.department()));
        r = fact(sheet, cells, r, "national.filter.entityType",
                filter.entityType() == null ? orAll(null) : vocabulary.label("entityType", filter.entityType()));
        r = fact(sheet, cells, r, "national.filter.level", orAll(filter.residualLevel()));
        r = fact(sheet, cells, r, "national.filter.stage",
                filter.stage() == null ? orAll(null) : vocabulary.label("stage", filter.stage()));
        r = fact(sheet, cells, r, "national.summary.risks", String.valueOf(risks));
        r = fact(sheet, cells, r, "national.summary.measures", String.valueOf(measures));
        r++;

        Row header = sheet.createRow(r++);
        header(header, cells, 0, vocabulary.message("national.column.scheme"));
        header(header, cells, 1, vocabulary.message("national.column.residualLevel"));
        for (int i = 0; i < TYPES.length; i++) {
            header(header, cells, 2 + i, vocabulary.label("entityType", TYPES[i].name()));
        }
        header(header, cells, 2 + TYPES.length, vocabulary.message("national.summary.total"));
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        for (int i = 0; i <= TYPES.length; i++) {
            sheet.setColumnWidth(2 + i, 18 * 256);
        }

        long[] totals = new long[TYPES.length];
        for (Map.Entry<Key, long[]> e : sorted()) {
            Row row = sheet.createRow(r++);
            Key key = e.getKey();
            cells.text(row, 0, key.scheme());
            if (key.level() == null) {
                cells.text(row, 1, vocabulary.message("national.summary.notEvaluated"));
            } else {
                NationalVocabulary.Level level = vocabulary.level(key.scheme(), key.level());
                cells.level(row, 1, level.label(), level.colour());
            }
            long sum = 0;
            for (int i = 0; i < TYPES.length; i++) {
                cells.number(row, 2 + i, e.getValue()[i]);
                totals[i] += e.getValue()[i];
                sum += e.getValue()[i];
            }
            cells.number(row, 2 + TYPES.length, sum);
        }
        Row total = sheet.createRow(r);
        header(total, cells, 0, vocabulary.message("national.summary.total"));
        long all = 0;
        for (int i = 0; i < TYPES.length; i++) {
            cells.number(total, 2 + i, totals[i]);
            all += totals[i];
        }
        cells.number(total, 2 + TYPES.length, all);
    }

    private List<Map.Entry<Key, long[]>> sorted() {
        List<Map.Entry<Key, long[]>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Comparator.comparing((Map.Entry<Key, long[]> e) -> String.valueOf(e.getKey().scheme()))
                .thenComparingInt(e -> e.getKey().level() == null
                        ? Integer.MIN_VALUE
                        : vocabulary.level(e.getKey().scheme(), e.getKey().level()).rank())
                .thenComparing(e -> String.valueOf(e.getKey().level())));
        return rows;
    }

    private int fact(Sheet sheet, ExportCells cells, int r, String key, String value) {
        Row row = sheet.createRow(r);
        header(row, cells, 0, vocabulary.message(key));
        cells.text(row, 1, value);
        return r + 1;
    }

    private String orAll(String value) {
        return value == null ? vocabulary.message("national.filter.all") : value;
    }

    private static void header(Row row, ExportCells cells, int column, String label) {
        Cell cell = row.createCell(column);
        cell.setCellValue(label);
        cell.setCellStyle(cells.headerStyle());
    }

    private static int indexOf(String entityType) {
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPES[i].name().equals(entityType)) {
                return i;
            }
        }
        return -1;
    }
}
