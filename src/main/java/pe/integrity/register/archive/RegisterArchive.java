package pe.integrity.register.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
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
 * The archive of generated registers: each file's bytes in {@code register_file} and one row in
 * {@code register_document} with its SHA-256, both in PostgreSQL (ADR 0013), so every node serves every register and
 * a database backup holds them; and public verification by code, digest or file.
 *
 * <p>How to produce a verifiable document (entity or national register alike):
 * <pre>{@code
 * String code = archive.newVerificationCode();          // print it and archive.verificationUrl(code) in the file
 * Path tmp = archive.newTempFile(RegisterKind.NATIONAL_XLSX);
 * try (OutputStream out = Files.newOutputStream(tmp)) { ...write the whole file... }
 * catch (Exception e) { archive.discard(tmp); throw e; }
 * StoredRegister doc = archive.store(NewRegister.national(code, ...), tmp);
 * }</pre>
 * The temporary file is written on this node's disk ({@code app.registers.temp-dir}); {@link #store} inserts the
 * row and streams the complete file into the database in one transaction of its own: a failure half way leaves
 * neither partial content nor a digest of content that does not exist.
 *
 * <p>The digest cannot be printed inside the file it digests, so files carry the verification code instead;
 * {@code /verificar} accepts the code, the SHA-256, or the file itself. Access control is the caller's job:
 * the archive answers anyone (the verification page is public and tells only what a document is).
 */
@Service
public class RegisterArchive {

    private static final Logger log = LoggerFactory.getLogger(RegisterArchive.class);

    private final RegisterDocumentRepository documents;
    private final RegisterContent content;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Path tempDir;
    private final String baseUrl;

    RegisterArchive(RegisterDocumentRepository documents, RegisterContent content, PlatformTransactionManager txManager,
            Clock clock, @Value("${app.registers.temp-dir:${app.data-dir}/tmp}") String tempDir,
            @Value("${app.base-url}") String baseUrl) {
        this.documents = documents;
        this.content = content;
        this.ownTransaction = new TransactionTemplate(txManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.tempDir = Path.of(tempDir).toAbsolutePath().normalize();
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
     * An empty temporary file on this node's disk under {@code app.registers.temp-dir}. Write the whole document to
     * it, then {@link #store} it, or {@link #discard} it on failure.
     */
    public Path newTempFile(RegisterKind kind) {
        try {
            Files.createDirectories(tempDir);
            return Files.createTempFile(tempDir, "register-", ".part." + kind.extension());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary register file under " + tempDir, e);
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
     * Archives a completely written file: computes its SHA-256, then in one transaction of its own inserts the row
     * and streams the file's bytes into {@code register_file} (checking on the way that they are the digested ones).
     * Either both are committed or neither. The temporary file is gone afterwards, whether storing succeeded or not.
     *
     * @throws IllegalArgumentException if the file is missing or empty
     */
    public StoredRegister store(NewRegister register, Path completeFile) {
        try {
            if (!Files.isRegularFile(completeFile) || Files.size(completeFile) == 0) {
                throw new IllegalArgumentException("no complete register file at " + completeFile);
            }
            String sha256 = sha256(completeFile);
            long size = Files.size(completeFile);
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS); // as the database keeps it
            StoredRegister stored = ownTransaction.execute(tx -> {
                RegisterDocument doc = documents.saveAndFlush(new RegisterDocument(register, sha256, size, now));
                content.insert(doc.getId(), completeFile, size, sha256);
                return doc.view();
            });
            log.info("Register stored: {} {} code={} sha256={} {} bytes by {}", register.kind(), register.filename(),
                    register.verificationCode(), sha256, size, register.generatedBy());
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store register " + register.filename(), e);
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

    /**
     * Opens a stored document's bytes from the database, read slice by slice as the stream is consumed (callers check
     * who may read it; they close the stream). Any node serves any document.
     *
     * @throws UncheckedIOException if the document's content is not in the database (a file from before ADR 0013
     *     that was missing when it was to be imported)
     */
    public InputStream open(StoredRegister register) {
        if (!content.exists(register.id())) {
            throw new UncheckedIOException(new IOException("register content missing: document " + register.id()
                    + " code " + register.verificationCode()));
        }
        return content.open(register.id(), register.sizeBytes());
    }

    /** Whether the stored content still has the digest recorded for it (detects altered or lost content). */
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

    /** Where this node writes temporary register files before they are stored. */
    public Path tempDir() {
        return tempDir;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
