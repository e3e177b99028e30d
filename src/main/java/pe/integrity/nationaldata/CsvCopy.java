package pe.integrity.nationaldata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Bulk rows into PostgreSQL through {@code COPY ... FROM STDIN (FORMAT csv)}, streamed: the national generator's
 * way of writing hundreds of thousands of rows in seconds, and the large test data sets' too.
 */
public final class CsvCopy {

    private CsvCopy() {}

    /** Writes one table's rows. */
    public interface Rows {
        void write(Writer w) throws IOException;
    }

    /** Runs {@code sql} (a {@code COPY ... FROM STDIN} statement) with the rows {@code rows} writes. */
    public static void copy(Connection c, String sql, Rows rows) throws SQLException, IOException {
        PGConnection pg = c.unwrap(PGConnection.class);
        try (Writer w = new BufferedWriter(
                new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            rows.write(w);
        }
    }

    /** One CSV line: strings quoted, null as an empty unquoted field (NULL to COPY). */
    public static void row(Writer w, Object... values) throws IOException {
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                w.write(',');
            }
            Object v = values[k];
            if (v == null) {
                continue;
            }
            if (v instanceof String s) {
                w.write('"');
                w.write(s.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(String.valueOf(v));
            }
        }
        w.write('\n');
    }
}
