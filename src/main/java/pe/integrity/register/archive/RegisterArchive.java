package pe.integrity.register.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The archive of generated registers: files on disk under {@code app.registers.dir}, one row each in
 * {@code register_document} with the file's SHA-256, and public verification by code, digest or file.
 *
 * <p>How to produce a verifiable document (entity or national register alike):
 * <pre>{@code
 * String code = archive.newVerificationCode();          // print it and archive.verificationUrl(code) in the file
 * Path tmp = archive.newTempFile(RegisterKind.NATIONAL_XLSX);
 * try (OutputStream out = Files.newOutputStream(tmp)) { ...write the whole file... }
 * catch (Exception e) { archive.discard(tmp); throw e; }
 * StoredRegister doc = archive.store(NewRegister.national(code, ...), tmp);
 * }</pre>
 * {@link #store} moves the complete file into place and only then inserts the row, in its own transaction:
 * a failure half way leaves neither a partial file nor a digest of a file that does not exist.
 *
 * <p>The digest cannot be printed inside the file it digests, so files carry the verification code instead;
 * {@code /verificar} accepts the code, the SHA-256, or the file itself. Access control is the caller's job:
 * the archive answers anyone (the verification page is public and tells only what a document is).
 */
@Service
public class RegisterArchive {

    private static final Logger log = LoggerFactory.getLogger(RegisterArchive.class);

    private final RegisterDocumentRepository documents;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Path root;
    private final String baseUrl;

    RegisterArchive(RegisterDocumentRepository documents, PlatformTransactionManager txManager, Clock clock,
            @Value("${app.registers.dir:${app.data-dir}/registers}") String dir,
            @Value("${app.base-url}") String baseUrl) {
        this.documents = documents;
        this.ownTransaction = new TransactionTemplate(txManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A fresh, unguessable code to print in the document before it is stored. */
    public String newVerificationCode() {
        return VerificationCodes.next();
    }

    /** The public URL that verifies a document by its code: {@code ${app.base-url}/verificar?codigo=...}. */
    public String verificationUrl(String code) {
        return UriComponentsBuilder.fromUriString(baseUrl + "/verificar").queryParam("codigo", code).build().toUriString();
    }

    /** The code as printed: groups of four characters. */
    public String displayCode(String code) {
        return VerificationCodes.display(code);
    }

    /**
     * An empty temporary file on the archive's own file system, so the finished file moves into place
     * atomically. Write the whole document to it, then {@link #store} it, or {@link #discard} it on failure.
     */
    public Path newTempFile(RegisterKind kind) {
        try {
            Path tmpDir = Files.createDirectories(root.resolve("tmp"));
            return Files.createTempFile(tmpDir, "register-", ".part." + kind.extension());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary register file under " + root, e);
        }
    }

    /** Deletes a temporary file that will not be stored (generation failed); never throws. */
    public void discard(Path tempFile) {
        try {
            Files.deleteIfExists(tempFile);
        } catch (IOException e) {
            log.warn("Could not delete the temporary register file {}", tempFile, e);
        }
    }

    /**
     * Archives a completely written file: computes its SHA-256, moves it into place and records it. The row is
     * inserted in its own transaction after the file exists; if the insert fails the file is removed again.
     * The temporary file is gone afterwards, whether storing succeeded or not.
     *
     * @throws IllegalArgumentException if the file is missing or empty
     */
    public StoredRegister store(NewRegister register, Path completeFile) {
        Path moved = null;
        try {
            if (!Files.isRegularFile(completeFile) || Files.size(completeFile) == 0) {
                throw new IllegalArgumentException("no complete register file at " + completeFile);
            }
            force(completeFile);
            String sha256 = sha256(completeFile);
            long size = Files.size(completeFile);
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS); // as the database keeps it
            String relative = relativePath(register, now);
            Path target = root.resolve(relative);
            if (Files.exists(target)) {
                throw new IllegalStateException("verification code already used: " + register.verificationCode());
            }
            Files.createDirectories(target.getParent());
            move(completeFile, target);
            moved = target;
            String storedAt = relative;
            StoredRegister stored = ownTransaction.execute(tx -> documents
                    .save(new RegisterDocument(register, sha256, size, storedAt, now))
                    .view());
            log.info("Register stored: {} {} code={} sha256={} by {}", register.kind(), register.filename(),
                    register.verificationCode(), sha256, register.generatedBy());
            return stored;
        } catch (IOException e) {
            removeQuietly(moved);
            throw new UncheckedIOException("cannot store register " + register.filename(), e);
        } catch (RuntimeException e) {
            removeQuietly(moved);
            throw e;
        } finally {
            discard(completeFile);
        }
    }

    public Optional<StoredRegister> find(Long id) {
        return documents.findById(id).map(RegisterDocument::view);
    }

    /** Documents of one assessment, newest first. */
    public List<StoredRegister> ofAssessment(Long assessmentId) {
        return documents.findByAssessmentIdOrderByGeneratedAtDescIdDesc(assessmentId).stream()
                .map(RegisterDocument::view)
                .toList();
    }

    /**
     * One page of an assessment's documents, newest first, optionally of one kind: paged and sorted in the database,
     * since every draft adds a document (callers check who may read the assessment).
     */
    public Page<StoredRegister> ofAssessment(Long assessmentId, RegisterKind kind, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("generatedAt"), Sort.Order.desc("id")));
        return (kind == null ? documents.findByAssessmentId(assessmentId, request)
                : documents.findByAssessmentIdAndKind(assessmentId, kind, request)).map(RegisterDocument::view);
    }

    /** The archived report of one follow-up cycle of an assessment, of this kind, if it has been made. */
    public Optional<StoredRegister> followUpReport(Long assessmentId, RegisterKind kind, int cycle) {
        return documents.findByAssessmentIdAndKindAndFollowUpCycle(assessmentId, kind, cycle).map(RegisterDocument::view);
    }

    /** The archived closing report of an assessment's period, of this kind, if it has been made. */
    public Optional<StoredRegister> closingReport(Long assessmentId, RegisterKind kind) {
        return documents.findFirstByAssessmentIdAndKindOrderByIdAsc(assessmentId, kind).map(RegisterDocument::view);
    }

    /** The newest documents of a kind (e.g. national registers), newest first. */
    public List<StoredRegister> latest(RegisterKind kind, int limit) {
        return documents.findByKindOrderByGeneratedAtDescIdDesc(kind, PageRequest.of(0, limit)).stream()
                .map(RegisterDocument::view)
                .toList();
    }

    /**
     * The document with this verification code or SHA-256 (as typed: case, spaces and dashes do not matter);
     * empty if there is none.
     */
    public Optional<StoredRegister> verify(String codeOrSha256) {
        if (codeOrSha256 == null || codeOrSha256.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrSha256.strip();
        if (VerificationCodes.isSha256(text)) {
            return documents.findBySha256(text.toLowerCase(Locale.ROOT)).map(RegisterDocument::view);
        }
        String code = VerificationCodes.normalize(text);
        if (code.length() != VerificationCodes.LENGTH) {
            return Optional.empty();
        }
        return documents.findByVerificationCode(code).map(RegisterDocument::view);
    }

    /** The document whose SHA-256 equals that of these bytes (an uploaded file); one changed byte finds nothing. */
    public Optional<StoredRegister> verify(InputStream file) {
        try {
            return documents.findBySha256(sha256(file)).map(RegisterDocument::view);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /** Opens a stored document's bytes (callers check who may read it). */
    public InputStream open(StoredRegister register) {
        RegisterDocument doc = documents.findById(register.id())
                .orElseThrow(() -> new IllegalArgumentException("unknown register " + register.id()));
        try {
            return Files.newInputStream(root.resolve(doc.storagePath()));
        } catch (IOException e) {
            throw new UncheckedIOException("register file missing: " + doc.storagePath(), e);
        }
    }

    /** Whether the file on disk still has the digest recorded for it (detects a tampered or lost archive file). */
    public boolean intact(StoredRegister register) {
        try (InputStream in = open(register)) {
            return sha256(in).equals(register.sha256());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The lower-case hex SHA-256 of a stream, read to its end (the stream is not closed). */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        try (DigestInputStream din = new DigestInputStream(in, digest)) {
            din.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    public Path root() {
        return root;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String relativePath(NewRegister r, Instant at) {
        ZonedDateTime utc = at.atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%04d/%02d/%s.%s", utc.getYear(), utc.getMonthValue(),
                r.verificationCode(), r.kind().extension());
    }

    /** The bytes reach the disk before the row that vouches for them is committed. */
    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void removeQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not remove {} after a failed store", file, e);
            }
        }
    }
}
