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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.integrity.support.IntegrationTest;

/** The archive stores complete files only, records their digest after the file exists, and verifies them. */
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
    void aFailedInsertLeavesNeitherFileNorRow() throws Exception {
        String code = archive.newVerificationCode();
        Path tmp = write("contenido".getBytes());
        String tooLong = "x".repeat(300) + ".xlsx"; // filename column holds 200 characters

        assertThatThrownBy(() -> archive.store(national(code, tooLong), tmp)).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM register_document WHERE verification_code = ?",
                Integer.class, code)).isZero();
        assertThat(filesNamed(code)).isEmpty();
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

    private Stream<Path> filesNamed(String code) throws IOException {
        try (Stream<Path> all = Files.walk(archive.root())) {
            return all.filter(p -> p.getFileName().toString().startsWith(code)).toList().stream();
        }
    }

    private static NewRegister national(String code, String filename) {
        return NewRegister.national(code, filename, 2025, "Prueba", true, "admin", "Administrador");
    }
}
