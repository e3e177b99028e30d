package pe.integrity.register.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import pe.integrity.support.IntegrationTest;

/**
 * Registers archived before register_file (a file under app.registers.dir, a row with its storage_path) are imported
 * at start-up once; a missing or altered file is reported and left out, and nothing stops.
 */
@IntegrationTest
class RegisterFileImportTest {

    @Autowired RegisterFileImport importer;
    @Autowired RegisterArchive archive;
    @Autowired JdbcTemplate jdbc;
    @Value("${app.registers.dir}") Path legacyDir;
    final List<String> codes = new ArrayList<>();

    /** Rows without content would trouble other tests sharing the database; remove them and their files. */
    @AfterEach
    void removeLegacyRows() throws Exception {
        for (String code : codes) {
            jdbc.update("DELETE FROM register_document WHERE verification_code = ?", code);
        }
        FileSystemUtils.deleteRecursively(legacyDir.resolve("2024"));
    }

    @Test
    void filesOnDiskAreImportedOnceAndMissingOrAlteredOnesAreReported() throws Exception {
        String tag = Long.toString(System.nanoTime());
        byte[] kept = ("registro antiguo " + tag).getBytes(StandardCharsets.UTF_8);
        String keptCode = legacyRow("2024/05/", kept);
        writeLegacy("2024/05/" + keptCode + ".xlsx", kept);
        byte[] lost = ("registro perdido " + tag).getBytes(StandardCharsets.UTF_8);
        String lostCode = legacyRow("2024/06/", lost);
        byte[] original = ("registro alterado " + tag).getBytes(StandardCharsets.UTF_8);
        String alteredCode = legacyRow("2024/07/", original);
        writeLegacy("2024/07/" + alteredCode + ".xlsx", ("registro ALTERADO " + tag).getBytes(StandardCharsets.UTF_8));

        RegisterFileImport.Result first = importer.importFiles();

        assertThat(first.imported()).isGreaterThanOrEqualTo(1);
        assertThat(first.missing()).contains(lostCode).doesNotContain(keptCode);
        assertThat(first.altered()).contains(alteredCode).doesNotContain(keptCode);
        StoredRegister imported = archive.verify(keptCode).orElseThrow();
        try (InputStream in = archive.open(imported)) {
            assertThat(in.readAllBytes()).isEqualTo(kept);
        }
        assertThat(archive.intact(imported)).isTrue();
        // still identified by /verificar, but there is nothing to download
        StoredRegister missing = archive.verify(lostCode).orElseThrow();
        assertThatThrownBy(() -> archive.open(missing)).isInstanceOf(UncheckedIOException.class);
        assertThat(archive.intact(archive.verify(alteredCode).orElseThrow())).isFalse();

        // the file on disk changes afterwards: the imported content is not read again
        writeLegacy("2024/05/" + keptCode + ".xlsx", "otro contenido".getBytes(StandardCharsets.UTF_8));
        RegisterFileImport.Result second = importer.importFiles();
        assertThat(second.imported()).isZero();
        assertThat(second.missing()).contains(lostCode).doesNotContain(keptCode);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM register_file WHERE document_id = ?", Integer.class,
                imported.id())).isOne();
        assertThat(archive.intact(imported)).isTrue();
    }

    /** A row as the archive wrote it before register_file: no content, a path relative to app.registers.dir. */
    private String legacyRow(String folder, byte[] content) throws Exception {
        String code = archive.newVerificationCode();
        codes.add(code);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        jdbc.update("INSERT INTO register_document (kind, verification_code, sha256, size_bytes, filename, storage_path,"
                + " period_year, draft, generated_by, generated_by_name, generated_at)"
                + " VALUES ('NATIONAL_XLSX', ?, ?, ?, 'registro-nacional-2024.xlsx', ?, 2024, FALSE, 'admin',"
                + " 'Administrador', ?)", code, sha, content.length, folder + code + ".xlsx",
                java.sql.Timestamp.from(Instant.parse("2024-01-02T15:00:00Z")));
        return code;
    }

    private void writeLegacy(String relative, byte[] content) throws Exception {
        Path file = legacyDir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
