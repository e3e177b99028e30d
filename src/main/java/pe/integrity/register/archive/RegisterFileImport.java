package pe.integrity.register.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings register files written before ADR 0013 (files under {@code app.registers.dir}, rows in
 * {@code register_document} with a {@code storage_path}) into {@code register_file}, at every start-up, once per
 * document: a document that has content is never imported again. Each node imports what its own disk holds, so
 * registers spread over several nodes' disks all arrive; two nodes importing one document at once insert it once.
 *
 * <p>A file that is missing, or whose bytes no longer match the recorded digest, is logged and left out (start-up
 * goes on): its row stays, {@code /verificar} still identifies it, and a download answers an error, as it did
 * before when the file was gone. Imported files are left on disk; once the log reports nothing left to import, the
 * directory may be removed (the log says so at the next start).
 */
@Component
class RegisterFileImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegisterFileImport.class);

    private final JdbcTemplate jdbc;
    private final RegisterContent content;
    private final TransactionTemplate transaction;
    private final Path legacyDir;

    RegisterFileImport(JdbcTemplate jdbc, RegisterContent content, PlatformTransactionManager txManager,
            @Value("${app.registers.dir:${app.data-dir}/registers}") String legacyDir) {
        this.jdbc = jdbc;
        this.content = content;
        this.transaction = new TransactionTemplate(txManager);
        this.legacyDir = Path.of(legacyDir).toAbsolutePath().normalize();
    }

    private record Pending(long id, String code, String sha256, long size, String storagePath) {}

    /** What one run did, for the log and for tests. */
    record Result(int imported, List<String> missing, List<String> altered) {}

    @Override
    public void run(ApplicationArguments args) {
        importFiles();
    }

    Result importFiles() {
        List<Pending> pending = jdbc.query("SELECT d.id, d.verification_code, d.sha256, d.size_bytes, d.storage_path"
                + " FROM register_document d WHERE NOT EXISTS (SELECT 1 FROM register_file f WHERE f.document_id = d.id)"
                + " ORDER BY d.id", (rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5)));
        if (pending.isEmpty()) {
            if (Files.isDirectory(legacyDir)) {
                log.info("Every register is in the database; {} (app.registers.dir) is no longer read and may be"
                        + " removed", legacyDir);
            }
            return new Result(0, List.of(), List.of());
        }
        int imported = 0;
        List<String> missing = new ArrayList<>();
        List<String> altered = new ArrayList<>();
        for (Pending p : pending) {
            Path file = p.storagePath() == null ? null : legacyDir.resolve(p.storagePath()).normalize();
            if (file == null || !file.startsWith(legacyDir) || !Files.isRegularFile(file)) {
                log.warn("Register {} (document {}) has no content in the database and no file at {}: it cannot be"
                        + " downloaded", p.code(), p.id(), file);
                missing.add(p.code());
                continue;
            }
            try {
                if (Files.size(file) != p.size() || !RegisterArchive.sha256(file).equals(p.sha256())) {
                    log.error("Register {} (document {}): the file {} does not match its recorded SHA-256 {}; not"
                            + " imported", p.code(), p.id(), file, p.sha256());
                    altered.add(p.code());
                    continue;
                }
                transaction.executeWithoutResult(tx -> content.insert(p.id(), file, p.size(), p.sha256()));
                imported++;
            } catch (IOException | RuntimeException e) {
                log.warn("Register {} (document {}): the file {} could not be imported; tried again at the next"
                        + " start", p.code(), p.id(), file, e);
                missing.add(p.code());
            }
        }
        log.info("Register files from {} imported into the database: {} imported, {} missing, {} not matching their"
                + " digest", legacyDir, imported, missing.size(), altered.size());
        return new Result(imported, List.copyOf(missing), List.copyOf(altered));
    }
}
