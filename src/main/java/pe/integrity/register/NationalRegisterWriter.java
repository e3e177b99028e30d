package pe.integrity.register;

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
 * temporary files. The summary is counted while the risks stream past, so no second pass is needed.
 * The transaction is REPEATABLE READ, so the totals, the risks and the measures come from one snapshot.
 */
@Component
class NationalRegisterWriter {

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
            NationalSummary summary = readOnly.execute(tx -> fill(workbook, filter, vocabulary, progress));
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
            Progress progress) {
        NationalFilter.SqlCondition where = filter.where();
        long risks = count(NationalSql.COUNT_RISKS, where);
        long measures = count(NationalSql.COUNT_MEASURES, where);
        progress.total(risks + measures);
        ExportCells cells = new ExportCells(workbook);
        NationalSummary summary = new NationalSummary(vocabulary);
        RowCounter counter = new RowCounter(progress);

        SXSSFSheet riskSheet = workbook.createSheet(vocabulary.message("national.sheet.risks"));
        cells.headers(riskSheet, NationalColumns.riskHeaders(vocabulary), NationalColumns.RISK_WIDTHS);
        RiskRows riskRows = new RiskRows(riskSheet, cells, vocabulary, summary, counter);
        jdbc.query(NationalSql.RISKS + where.sql() + NationalSql.RISK_ORDER, riskRows::write, where.args());

        SXSSFSheet measureSheet = workbook.createSheet(vocabulary.message("national.sheet.measures"));
        cells.headers(measureSheet, NationalColumns.measureHeaders(vocabulary), NationalColumns.MEASURE_WIDTHS);
        MeasureRows measureRows = new MeasureRows(measureSheet, cells, vocabulary, counter);
        jdbc.query(NationalSql.MEASURES + where.sql() + NationalSql.MEASURE_ORDER, measureRows::write, where.args());
        summary.measures(measureRows.rows);

        counter.finish();
        SXSSFSheet summarySheet = workbook.createSheet(vocabulary.message("national.sheet.summary"));
        summary.writeTo(summarySheet, cells, filter);
        return summary;
    }

    private long count(String sql, NationalFilter.SqlCondition where) {
        Long n = jdbc.queryForObject(sql + where.sql(), Long.class, where.args());
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

        void write(ResultSet rs) throws SQLException {
            Row row = sheet.createRow(next++);
            String type = rs.getString(2);
            String scheme = rs.getString(7);
            String residual = rs.getString(17);
            cells.text(row, 0, rs.getString(1));
            cells.text(row, 1, vocabulary.label("entityType", type));
            cells.text(row, 2, rs.getString(3));
            cells.text(row, 3, rs.getString(4));
            cells.number(row, 4, rs.getInt(5));
            cells.text(row, 5, vocabulary.label("stage", rs.getString(6)));
            cells.text(row, 6, scheme);
            cells.text(row, 7, rs.getString(8));
            cells.text(row, 8, rs.getString(9));
            cells.text(row, 9, rs.getString(10));
            cells.text(row, 10, vocabulary.label("practiceCategory", rs.getString(11)));
            cells.text(row, 11, vocabulary.label("typology", rs.getString(12)));
            cells.number(row, 12, (Integer) rs.getObject(13));
            cells.number(row, 13, (Integer) rs.getObject(14));
            level(row, 14, scheme, rs.getString(15));
            cells.text(row, 15, vocabulary.label("controlRating:" + scheme, rs.getString(16)));
            level(row, 16, scheme, residual);
            cells.text(row, 17, vocabulary.label("response", rs.getString(18)));
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

        void write(ResultSet rs) throws SQLException {
            Row row = sheet.createRow(next++);
            String scheme = rs.getString(8);
            cells.text(row, 0, rs.getString(1));
            cells.text(row, 1, vocabulary.label("entityType", rs.getString(2)));
            cells.text(row, 2, rs.getString(3));
            cells.text(row, 3, rs.getString(4));
            cells.number(row, 4, rs.getInt(5));
            cells.text(row, 5, vocabulary.label("stage", rs.getString(6)));
            cells.text(row, 6, rs.getString(7));
            String residual = rs.getString(9);
            if (residual != null) {
                NationalVocabulary.Level level = vocabulary.level(scheme, residual);
                cells.level(row, 7, level.label(), level.colour());
            }
            cells.text(row, 8, rs.getString(10));
            cells.text(row, 9, vocabulary.label("measureType", rs.getString(11)));
            cells.text(row, 10, rs.getString(12));
            cells.text(row, 11, rs.getString(13));
            cells.text(row, 12, rs.getString(14));
            cells.date(row, 13, localDate(rs.getDate(15)));
            cells.date(row, 14, localDate(rs.getDate(16)));
            cells.text(row, 15, rs.getString(17));
            cells.text(row, 16, rs.getString(18));
            cells.text(row, 17, rs.getString(19));
            cells.text(row, 18, vocabulary.label("measureStatus", rs.getString(20)));
            cells.number(row, 19, rs.getInt(21));
            cells.text(row, 20, rs.getBoolean(22) ? yes : no);
            rows++;
            counter.add();
        }

        private static java.time.LocalDate localDate(Date date) {
            return date == null ? null : date.toLocalDate();
        }
    }
}
