package pe.integrity.register.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pe.integrity.support.IntegrationTest;

/**
 * The archive stores complete files only, in PostgreSQL with their digest in one transaction, serves them back
 * slice by slice, and verifies them.
 */
@IntegrationTest
public class RegisterArchiveTest {

    @Autowired RegisterArchive archive;
    @Autowired JdbcTemplate jdbc;

    @Test
    void storesAFileAndVerifiesItByCodeDigestAndContent() throws Exception {
        byte[] content = ("registro de prueba " + System.nanoTime()).getBytes();
        String code = archive.newVerificationCode();
        Path tmp = write(content);

        StoredRegister doc = archive.store(national(code, "registro.xlsx"), tmp);

        String expectedSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(doc.sha256()).isEqualTo(expectedSha);
        assertThat(doc.sizeBytes()).isEqualTo(content.length);
        assertThat(doc.generatedAt()).isNotNull();
        assertThat(tmp).doesNotExist();
        try (InputStream in = archive.open(doc)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(archive.intact(doc)).isTrue();
        // as a person would type them: dashed groups, lower case, the digest in capitals
        assertThat(archive.verify(doc.displayCode().toLowerCase(Locale.ROOT))).contains(doc);
        assertThat(archive.verify(" " + expectedSha.toUpperCase(Locale.ROOT) + " ")).contains(doc);
        assertThat(archive.verify(new ByteArrayInputStream(content))).contains(doc);
        assertThat(archive.verificationUrl(code)).endsWith("/verificar?codigo=" + code);
    }

    @Test
    void aFileAlteredByOneByteOrAnUnknownCodeIsNotAuthentic() throws Exception {
        byte[] content = ("otro registro " + System.nanoTime()).getBytes();
        StoredRegister doc = archive.store(national(archive.newVerificationCode(), "r.xlsx"), write(content));
        byte[] altered = content.clone();
        altered[3] ^= 1;

        assertThat(archive.verify(new ByteArrayInputStream(altered))).isEmpty();
        assertThat(archive.verify(archive.newVerificationCode())).isEmpty();
        assertThat(archive.verify("0".repeat(64))).isEmpty();
        assertThat(archive.verify("no es un código")).isEmpty();
        assertThat(archive.verify("")).isEmpty();
        assertThat(archive.verify(doc.verificationCode())).contains(doc);
    }

    @Test
    void aFileOfSeveralSlicesComesBackByteForByte() throws Exception {
        byte[] content = new byte[3 * RegisterContent.SLICE + 12_345];
        new java.util.Random(42).nextBytes(content);
        StoredRegister doc = archive.store(national(archive.newVerificationCode(), "grande.xlsx"), write(content));

        assertThat(jdbc.queryForObject("SELECT octet_length(content) FROM register_file WHERE document_id = ?",
                Long.class, doc.id())).isEqualTo(content.length);
        try (InputStream in = archive.open(doc)) {
            assertThat(in.read()).isEqualTo(content[0] & 0xFF); // one byte, then the rest in odd-sized reads
            java.io.ByteArrayOutputStream rest = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[7_777];
            for (int n; (n = in.read(buffer)) != -1; ) {
                rest.write(buffer, 0, n);
            }
            assertThat(rest.toByteArray()).isEqualTo(java.util.Arrays.copyOfRange(content, 1, content.length));
        }
        assertThat(archive.intact(doc)).isTrue();
        assertThat(jdbc.queryForObject("SELECT storage_path FROM register_document WHERE id = ?", String.class,
                doc.id())).as("nothing on disk to point to").isNull();
    }

    @Test
    void storingALargeFileStreamsItWithoutLoadingItIntoTheHeap() throws Exception {
        int size = 32 << 20; // a national register of about 200,000 rows is this order of size
        Path tmp = archive.newTempFile(RegisterKind.NATIONAL_XLSX);
        byte[] block = new byte[1 << 20];
        java.util.Random random = new java.util.Random(7);
        try (var out = Files.newOutputStream(tmp)) {
            for (int i = 0; i < size / block.length; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        StoredRegister doc = archive.store(national(archive.newVerificationCode(), "nacional.xlsx"), tmp);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated while storing %d bytes", size).isLessThan(size / 8);
        assertThat(doc.sizeBytes()).isEqualTo(size);
        assertThat(archive.intact(doc)).isTrue();
    }

    @Test
    void contentAlteredInTheDatabaseIsNoLongerIntact() throws Exception {
        StoredRegister doc = archive.store(national(archive.newVerificationCode(), "r.xlsx"),
                write(("alterable " + System.nanoTime()).getBytes()));
        assertThat(archive.intact(doc)).isTrue();

        jdbc.update("UPDATE register_file SET content = overlay(content PLACING '\\x00'::bytea FROM 3)"
                + " WHERE document_id = ?", doc.id());

        assertThat(archive.intact(doc)).isFalse();
    }

    @Test
    void contentThatIsNotTheDigestedFileRollsBackItsRowToo(@Autowired RegisterDocumentRepository documents,
            @Autowired RegisterContent content, @Autowired PlatformTransactionManager txManager) throws Exception {
        // what store does, with bytes that differ from the digest (the file changed after it was digested)
        String code = archive.newVerificationCode();
        Path tmp = write("contenido cambiado".getBytes());
        NewRegister register = national(code, "r.xlsx");

        assertThatThrownBy(() -> new TransactionTemplate(txManager).executeWithoutResult(tx -> {
            RegisterDocument doc = documents.saveAndFlush(
                    new RegisterDocument(register, "0".repeat(64), 18, java.time.Instant.now()));
            content.insert(doc.getId(), tmp, 18, "0".repeat(64));
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM register_document WHERE verification_code = ?",
                Integer.class, code)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM register_file f LEFT JOIN register_document d"
                + " ON d.id = f.document_id WHERE d.id IS NULL", Integer.class)).isZero();
    }

    @Test
    void aFailedInsertLeavesNeitherContentNorRow() throws Exception {
        int contents = jdbc.queryForObject("SELECT count(*) FROM register_file", Integer.class);
        String code = archive.newVerificationCode();
        Path tmp = write("contenido".getBytes());
        String tooLong = "x".repeat(300) + ".xlsx"; // filename column holds 200 characters

        assertThatThrownBy(() -> archive.store(national(code, tooLong), tmp)).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM register_document WHERE verification_code = ?",
                Integer.class, code)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM register_file", Integer.class)).isEqualTo(contents);
        assertThat(tmp).doesNotExist();
    }

    @Test
    void anEmptyOrMissingFileIsRefused() throws Exception {
        Path empty = archive.newTempFile(RegisterKind.ENTITY_PDF);
        String code = archive.newVerificationCode();

        assertThatThrownBy(() -> archive.store(national(code, "vacío.pdf"), empty))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> archive.store(national(code, "vacío.pdf"), empty.resolveSibling("missing")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM register_document WHERE verification_code = ?",
                Integer.class, code)).isZero();
    }

    private Path write(byte[] content) throws IOException {
        Path tmp = archive.newTempFile(RegisterKind.NATIONAL_XLSX);
        Files.write(tmp, content);
        return tmp;
    }

    private static NewRegister national(String code, String filename) {
        return NewRegister.national(code, filename, 2025, "Prueba", true, "admin", "Administrador");
    }
}
