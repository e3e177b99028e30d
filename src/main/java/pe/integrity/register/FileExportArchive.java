package pe.integrity.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Interim archive: files in a directory, named by job (replaced by the register archive). */
@Component
class FileExportArchive implements ExportArchive {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path root;
    private final String baseUrl;

    FileExportArchive(@Value("${app.exports.dir:${app.data-dir}/exports}") String dir,
            @Value("${app.base-url}") String baseUrl) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
    }

    @Override
    public String newVerificationCode() {
        byte[] b = new byte[10];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b).toUpperCase();
    }

    @Override
    public String verificationUrl(String code) {
        return baseUrl + "/verificar?codigo=" + code;
    }

    @Override
    public Path newTempFile() {
        try {
            return Files.createTempFile(Files.createDirectories(root), "export-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void discard(Path tempFile) {
        try {
            Files.deleteIfExists(tempFile);
        } catch (IOException e) {
            // left for the startup clean-up
        }
    }

    @Override
    public StoredExport store(ExportJob job, String code, String fileName, String description, String userName,
            Path completeFile) {
        try {
            Path target = root.resolve("export-" + job.getId() + ".xlsx");
            String sha = sha256(completeFile);
            Files.move(completeFile, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredExport(null, target.toString(), fileName, Files.size(target), sha);
        } catch (IOException e) {
            discard(completeFile);
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(StoredExport stored) {
        try {
            return Files.newInputStream(Path.of(stored.location()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
