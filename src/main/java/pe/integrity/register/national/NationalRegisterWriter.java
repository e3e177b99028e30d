package pe.integrity.register.national;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national register: one workbook across all entities for a period (sheets Riesgos, Medidas, Resumen).
 *
 * <p>Memory stays flat whatever the number of rows: rows come from PostgreSQL through a forward-only cursor
 * ({@code fetchSize} rows at a time, inside one read-only transaction) and go straight into an SXSSF
 * workbook that keeps only {@link #WINDOW} rows per sheet in memory and flushes the rest to compressed
 * temporary files. The calling thread reads the cursor; a second thread writes the cells, fed through a
 * small bounded {@link RowPipe}, so reading and writing overlap. The summary is counted while the risks
 * stream past, so no second pass is needed. The transaction is REPEATABLE READ, so the totals, the risks and
 * the measures come from one snapshot.
 */
@Component
public class NationalRegisterWriter {

    /** Rows of a sheet kept in memory before SXSSF flushes them to its temporary file. */
    static final int WINDOW = 100;

    /** How often (in rows) progress is reported. */
    static final int PROGRESS_EVERY = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    NationalRegisterWriter(DataSource dataSource, PlatformTransactionManager transactions,
            @Value("${app.exports.fetch-size:1000}") int fetchSize) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(fetchSize);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What the writer reports while it works. */
    interface Progress {
        /** Number of data rows (risks + measures) the workbook will hold; called once, first. */
        void total(long rows);

        /** Data rows written so far; called every {@link #PROGRESS_EVERY} rows and once at the end. */
        void done(long rows);

        Progress NONE = new Progress() {
            @Override
            public void total(long rows) {}

            @Override
            public void done(long rows) {}
        };
    }

    /** Properties written into the file (File > Properties in a spreadsheet program). */
    record DocumentInfo(String title, String author, Instant generatedAt, String verificationCode,
            String verificationUrl) {}

    /** Writes the workbook to {@code out} (not closed) and returns what it counted. */
    NationalSummary write(NationalFilter filter, NationalVocabulary vocabulary, DocumentInfo info, OutputStream out,
            Progress progress) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            NationalSummary summary = readOnly.execute(tx -> fill(workbook, filter, vocabulary, info, progress));
            properties(workbook, info);
            workbook.write(out);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // temporary files are already gone (dispose); nothing else to release
            }
        }
    }

    private NationalSummary fill(SXSSFWorkbook workbook, NationalFilter filter, NationalVocabulary vocabulary,
            DocumentInfo info, Progress progress) {
        long risks = count(NationalSql.countRisks(filter));
        long measures = count(NationalSql.countMeasures(filter));
        progress.total(risks + measures);

        // this thread reads the cursors (the transaction is bound to it); another one writes the cells
        RowPipe pipe = new RowPipe();
        SheetFiller filler = new SheetFiller(workbook, vocabulary, filter, info, pipe, progress);
        Thread cells = new Thread(filler, Thread.currentThread().getName() + "-cells");
        cells.setDaemon(true);
        cells.start();
        try {
            NationalSql.Query riskQuery = NationalSql.risks(filter);
            jdbc.query(riskQuery.sql(), (ResultSet rs) -> pipe.add(riskRow(rs)), riskQuery.args());
            pipe.endOfSection();
            NationalSql.Query measureQuery = NationalSql.measures(filter);
            jdbc.query(measureQuery.sql(), (ResultSet rs) -> pipe.add(measureRow(rs)), measureQuery.args());
            pipe.endOfSection();
        } catch (RuntimeException e) {
            pipe.abort();
            join(cells);
            throw e instanceof RowPipe.WriterFailed ? unwrap(e.getCause()) : e;
        }
        join(cells);
        if (filler.failure != null) {
            throw unwrap(filler.failure);
        }
        return filler.summary;
    }

    /** Risk columns in {@link NationalColumns} order (types as the cell writer expects them). */
    private static Object[] riskRow(ResultSet rs) throws SQLException {
        Object[] row = new Object[18];
        for (int c = 0; c < 18; c++) {
            row[c] = switch (c) {
                case 4 -> rs.getInt(5);
                case 12, 13 -> (Integer) rs.getObject(c + 1);
                default -> rs.getString(c + 1);
            };
        }
        return row;
    }

    /** Measure query columns: entity (0-5), risk code (6), scheme (7), residual level (8), measure (9-22). */
    private static Object[] measureRow(ResultSet rs) throws SQLException {
        Object[] row = new Object[23];
        for (int c = 0; c < 23; c++) {
            row[c] = switch (c) {
                case 4, 21 -> rs.getInt(c + 1);
                case 14, 15 -> localDate(rs.getDate(c + 1));
                case 22 -> rs.getBoolean(c + 1);
                default -> rs.getString(c + 1);
            };
        }
        return row;
    }

    private static java.time.LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while the workbook was written");
        }
    }

    private static RuntimeException unwrap(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /** Writes the sheets from the rows the reader hands over; runs on its own thread. */
    private static final class SheetFiller implements Runnable {
        private final SXSSFWorkbook workbook;
        private final NationalVocabulary vocabulary;
        private final NationalFilter filter;
        private final DocumentInfo info;
        private final RowPipe pipe;
        private final Progress progress;
        volatile NationalSummary summary;
        volatile Throwable failure;

        SheetFiller(SXSSFWorkbook workbook, NationalVocabulary vocabulary, NationalFilter filter, DocumentInfo info,
                RowPipe pipe, Progress progress) {
            this.workbook = workbook;
            this.info = info;
            this.vocabulary = vocabulary;
            this.filter = filter;
            this.pipe = pipe;
            this.progress = progress;
        }

        @Override
        public void run() {
            try {
                ExportCells cells = new ExportCells(workbook);
                NationalSummary counted = new NationalSummary(vocabulary);
                RowCounter counter = new RowCounter(progress);

                SXSSFSheet riskSheet = workbook.createSheet(vocabulary.message("national.sheet.risks"));
                cells.headers(riskSheet, NationalColumns.riskHeaders(vocabulary), NationalColumns.RISK_WIDTHS);
                RiskRows riskRows = new RiskRows(riskSheet, cells, vocabulary, counted, counter);
                for (Object[][] batch = pipe.take(); batch != RowPipe.END; batch = pipe.take()) {
                    for (Object[] row : batch) {
                        riskRows.write(row);
                    }
                }

                SXSSFSheet measureSheet = workbook.createSheet(vocabulary.message("national.sheet.measures"));
                cells.headers(measureSheet, NationalColumns.measureHeaders(vocabulary), NationalColumns.MEASURE_WIDTHS);
                MeasureRows measureRows = new MeasureRows(measureSheet, cells, vocabulary, counter);
                for (Object[][] batch = pipe.take(); batch != RowPipe.END; batch = pipe.take()) {
                    for (Object[] row : batch) {
                        measureRows.write(row);
                    }
                }
                counted.measures(measureRows.rows);

                counter.finish();
                SXSSFSheet summarySheet = workbook.createSheet(vocabulary.message("national.sheet.summary"));
                counted.writeTo(summarySheet, cells, filter, info);
                summary = counted;
            } catch (Throwable t) {
                failure = t;
                pipe.writerFailed(t);
            }
        }
    }

    private long count(NationalSql.Query query) {
        Long n = jdbc.queryForObject(query.sql(), Long.class, query.args());
        return n == null ? 0 : n;
    }

    private static void properties(SXSSFWorkbook workbook, DocumentInfo info) {
        POIXMLProperties props = workbook.getXSSFWorkbook().getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(info.author());
        core.setCreated(Optional.of(java.util.Date.from(info.generatedAt())));
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        // the code, not the digest: the digest covers these very bytes, so it cannot be inside them.
        // Same property names as the entity workbook.
        if (info.verificationCode() != null) {
            core.setSubjectProperty("Código de verificación " + info.verificationCode()
                    + (info.verificationUrl() == null ? "" : " · " + info.verificationUrl()));
            core.setKeywords("registro nacional de riesgos; " + info.verificationCode());
            custom.addProperty("CodigoVerificacion", info.verificationCode());
        }
        if (info.verificationUrl() != null) {
            custom.addProperty("URLVerificacion", info.verificationUrl());
        }
    }

    /** Counts written rows and reports every {@link #PROGRESS_EVERY}. */
    static final class RowCounter {
        private final Progress progress;
        private long rows;

        RowCounter(Progress progress) {
            this.progress = progress;
        }

        void add() {
            if (++rows % PROGRESS_EVERY == 0) {
                progress.done(rows);
            }
        }

        void finish() {
            progress.done(rows);
        }
    }

    /** One risk per row; also counts it into the summary. Column order: {@link NationalColumns}. */
    private static final class RiskRows {
        private final SXSSFSheet sheet;
        private final ExportCells cells;
        private final NationalVocabulary vocabulary;
        private final NationalSummary summary;
        private final RowCounter counter;
        private int next = 1;

        RiskRows(SXSSFSheet sheet, ExportCells cells, NationalVocabulary vocabulary, NationalSummary summary,
                RowCounter counter) {
            this.sheet = sheet;
            this.cells = cells;
            this.vocabulary = vocabulary;
            this.summary = summary;
            this.counter = counter;
        }

        void write(Object[] v) {
            Row row = sheet.createRow(next++);
            String type = (String) v[1];
            String scheme = (String) v[6];
            String residual = (String) v[16];
            cells.text(row, 0, (String) v[0]);
            cells.text(row, 1, vocabulary.label("entityType", type));
            cells.text(row, 2, (String) v[2]);
            cells.text(row, 3, (String) v[3]);
            cells.number(row, 4, (Integer) v[4]);
            cells.text(row, 5, vocabulary.label("stage", (String) v[5]));
            cells.text(row, 6, scheme);
            cells.text(row, 7, (String) v[7]);
            cells.text(row, 8, (String) v[8]);
            cells.text(row, 9, (String) v[9]);
            cells.text(row, 10, vocabulary.label("practiceCategory", (String) v[10]));
            cells.text(row, 11, vocabulary.label("typology", (String) v[11]));
            cells.number(row, 12, (Integer) v[12]);
            cells.number(row, 13, (Integer) v[13]);
            level(row, 14, scheme, (String) v[14]);
            cells.text(row, 15, vocabulary.controlRating(scheme, (String) v[15]));
            level(row, 16, scheme, residual);
            cells.text(row, 17, vocabulary.label("response", (String) v[17]));
            summary.add(scheme, residual, type);
            counter.add();
        }

        private void level(Row row, int column, String scheme, String code) {
            if (code != null) {
                NationalVocabulary.Level level = vocabulary.level(scheme, code);
                cells.level(row, column, level.label(), level.colour());
            }
        }
    }

    /** One measure per row. Column order: {@link NationalColumns}. */
    private static final class MeasureRows {
        private final SXSSFSheet sheet;
        private final ExportCells cells;
        private final NationalVocabulary vocabulary;
        private final RowCounter counter;
        private final String yes;
        private final String no;
        private int next = 1;
        long rows;

        MeasureRows(SXSSFSheet sheet, ExportCells cells, NationalVocabulary vocabulary, RowCounter counter) {
            this.sheet = sheet;
            this.cells = cells;
            this.vocabulary = vocabulary;
            this.counter = counter;
            this.yes = vocabulary.message("national.yes");
            this.no = vocabulary.message("national.no");
        }

        void write(Object[] v) {
            Row row = sheet.createRow(next++);
            String scheme = (String) v[7];
            cells.text(row, 0, (String) v[0]);
            cells.text(row, 1, vocabulary.label("entityType", (String) v[1]));
            cells.text(row, 2, (String) v[2]);
            cells.text(row, 3, (String) v[3]);
            cells.number(row, 4, (Integer) v[4]);
            cells.text(row, 5, vocabulary.label("stage", (String) v[5]));
            cells.text(row, 6, (String) v[6]);
            String residual = (String) v[8];
            if (residual != null) {
                NationalVocabulary.Level level = vocabulary.level(scheme, residual);
                cells.level(row, 7, level.label(), level.colour());
            }
            cells.text(row, 8, (String) v[9]);
            cells.text(row, 9, vocabulary.label("measureType", (String) v[10]));
            cells.text(row, 10, (String) v[11]);
            cells.text(row, 11, (String) v[12]);
            cells.text(row, 12, (String) v[13]);
            cells.date(row, 13, (java.time.LocalDate) v[14]);
            cells.date(row, 14, (java.time.LocalDate) v[15]);
            cells.text(row, 15, (String) v[16]);
            cells.text(row, 16, (String) v[17]);
            cells.text(row, 17, (String) v[18]);
            cells.text(row, 18, (String) v[19]);
            cells.text(row, 19, vocabulary.label("measureStatus", (String) v[20]));
            cells.number(row, 20, (Integer) v[21]);
            cells.text(row, 21, (Boolean) v[22] ? yes : no);
            rows++;
            counter.add();
        }
    }
}
