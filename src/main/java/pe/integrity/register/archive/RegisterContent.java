package pe.integrity.register.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes of register documents, in {@code register_file} (one bytea per document, ADR 0013). Written by
 * streaming the finished temporary file into the insert (the driver sends it as it reads, the heap never holds the
 * file); read in slices of {@link #SLICE} bytes, each its own short query, so a download to a slow client holds
 * neither the whole file in memory nor a database connection between slices.
 */
@Component
class RegisterContent {

    /** Bytes per read query: large enough that a 50 MB register takes 50 round trips, small enough for any heap. */
    static final int SLICE = 1 << 20;

    private final JdbcTemplate jdbc;

    RegisterContent(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the file's content for a document, inside the caller's transaction. The bytes sent are digested on the
     * way: if they are not those {@code expectedSha256} names (the file changed since it was digested), nothing is
     * inserted and this throws, so the transaction rolls back with the document row.
     *
     * @return false if the document already had content (another node imported it first), true if inserted now
     */
    boolean insert(long documentId, Path file, long size, String expectedSha256) {
        MessageDigest digest = RegisterArchive.newDigest();
        int inserted;
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                digest)) {
            inserted = jdbc.update(con -> {
                var ps = con.prepareStatement("INSERT INTO register_file (document_id, content) VALUES (?, ?)"
                        + " ON CONFLICT (document_id) DO NOTHING");
                ps.setLong(1, documentId);
                ps.setBinaryStream(2, in, size);
                return ps;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the register file " + file, e);
        }
        if (inserted == 1 && !HexFormat.of().formatHex(digest.digest()).equals(expectedSha256)) {
            throw new IllegalStateException("the register file changed while it was stored: " + file);
        }
        return inserted == 1;
    }

    /** Whether a document has its content stored. */
    boolean exists(long documentId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM register_file WHERE document_id = ?)", Boolean.class, documentId));
    }

    /** A stream of a document's stored bytes, read slice by slice as it is consumed. */
    InputStream open(long documentId, long size) {
        return new SliceStream(documentId, size);
    }

    private final class SliceStream extends InputStream {
        private final long documentId;
        private final long size;
        private long position; // bytes of the document already fetched (a bytea holds at most 1 GB)
        private byte[] slice = new byte[0];
        private int next;

        SliceStream(long documentId, long size) {
            this.documentId = documentId;
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            return fill() ? slice[next++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, slice.length - next);
            System.arraycopy(slice, next, b, off, n);
            next += n;
            return n;
        }

        @Override
        public int available() {
            return slice.length - next;
        }

        /** True if a byte is ready; fetches the next slice when the current one is used up. */
        private boolean fill() throws IOException {
            if (next < slice.length) {
                return true;
            }
            if (position >= size) {
                return false;
            }
            int length = (int) Math.min(SLICE, size - position);
            byte[] bytes;
            try {
                bytes = jdbc.query("SELECT substring(content FROM ? FOR ?) FROM register_file WHERE document_id = ?",
                        rs -> rs.next() ? rs.getBytes(1) : null, Math.toIntExact(position + 1), length, documentId);
            } catch (DataAccessException e) {
                throw new IOException("cannot read register " + documentId + " from the database", e);
            }
            if (bytes == null) {
                throw new IOException("register " + documentId + " has no stored content");
            }
            if (bytes.length != length) {
                throw new IOException("register " + documentId + " is shorter than its recorded size " + size);
            }
            slice = bytes;
            next = 0;
            position += length;
            return true;
        }
    }
}
