package pe.integrity.register.national;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.register.archive.NewRegister;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.shared.ErrorReference;
import pe.integrity.shared.LaterWork;
import pe.integrity.shared.NotFoundException;

/**
 * Background exports of the national register. A request is stored QUEUED and its run enqueued as a durable job
 * ({@link NationalExportJob}) in the same transaction, unless {@code app.exports.queue} requests are already waiting
 * (counted in the database, over all nodes): then it is refused at once with a "try later" message. The job claims
 * the export with a conditional UPDATE, writes the workbook to a temporary file while recording progress in short
 * transactions, then stores the finished file in the archive (digest and verification code) and marks it DONE. Any
 * failure deletes the temporary file and marks the export FAILED with an error reference (the exception goes to
 * the log under it); a failed export is not retried, its requester asks again. Exports left RUNNING by a crash are
 * failed at startup, or when their job runs again on another node.
 *
 * <p>Only SIP reviewers, auditors and administrators may export; only the requester (or an administrator)
 * may see a job or download its file.
 */
@Service
public class ExportJobs {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

    /** What writes a workbook; the national register writer in production, a failing one in a test. */
    @FunctionalInterface
    interface WorkbookSource {
        NationalSummary write(NationalFilter filter, NationalVocabulary vocabulary,
                NationalRegisterWriter.DocumentInfo info, OutputStream out, NationalRegisterWriter.Progress progress);
    }

    private final ExportJobRepository jobs;
    private final RegisterArchive archive;
    private final NationalRegisterWriter writer;
    private final NationalVocabularies vocabularies;
    private final ObjectMapper json;
    private final Clock clock;
    private final LaterWork later;
    private final int queue;
    private final String node;
    private final Duration staleAfter;

    ExportJobs(ExportJobRepository jobs, RegisterArchive archive, NationalRegisterWriter writer,
            NationalVocabularies vocabularies, ObjectMapper json, Clock clock, LaterWork later,
            @Value("${app.exports.queue:20}") int queue,
            @Value("${app.exports.node:}") String node,
            @Value("${app.exports.stale-after:PT15M}") Duration staleAfter) {
        this.jobs = jobs;
        this.archive = archive;
        this.writer = writer;
        this.vocabularies = vocabularies;
        this.json = json;
        this.clock = clock;
        this.later = later;
        this.queue = queue;
        this.node = node.isBlank() ? hostName() : node;
        this.staleAfter = staleAfter;
    }

    /**
     * Queues a national register for this user; the returned job is QUEUED, or FAILED (busy) when too many are
     * waiting already.
     */
    @Transactional
    public ExportJobView submitNational(CurrentUser user, NationalFilter filter, Locale locale) {
        requireNationalReader(user);
        boolean full = jobs.countByStatus(ExportStatus.QUEUED) >= queue;
        ExportJob job = jobs.save(new ExportJob(ExportJob.NATIONAL, user.username(), user.fullName(), toJson(filter),
                locale.toLanguageTag(), Instant.now(clock)));
        if (full) {
            log.warn("Export {} refused: {} exports already waiting", job.getId(), queue);
            job.refuse(ExportJobView.BUSY, Instant.now(clock));
        } else {
            NationalExportJob.enqueue(later, job.getId());
        }
        return view(job);
    }

    /** The job, for its requester or an administrator. */
    public ExportJobView get(CurrentUser user, Long id) {
        return view(owned(user, id));
    }

    /** The user's latest exports, newest first. */
    public List<ExportJobView> mine(CurrentUser user) {
        requireNationalReader(user);
        return jobs.findTop50ByRequestedByOrderByCreatedAtDescIdDesc(user.username()).stream().map(this::view).toList();
    }

    /** A finished export's file, for its requester or an administrator. */
    public Download download(CurrentUser user, Long id) {
        ExportJob job = owned(user, id);
        StoredRegister stored = job.getStatus() != ExportStatus.DONE || job.getRegisterDocumentId() == null
                ? null
                : archive.find(job.getRegisterDocumentId()).orElse(null);
        if (stored == null) {
            throw new NotFoundException("export file", id);
        }
        return new Download(stored.filename(), stored.sizeBytes(), archive.open(stored));
    }

    /** An open stream of a finished file; the caller closes it. */
    public record Download(String fileName, long size, InputStream content) {}

    /** True for the people who may see the national register: global readers without an entity role. */
    public static boolean isNationalReader(CurrentUser user) {
        return user != null && user.isGlobalReader() && user.roles().stream().noneMatch(Role::isEntityScoped);
    }

    // ---- the worker ----

    /** Runs a queued export (its durable job); an export already taken or finished is left alone. */
    void run(Long id) {
        run(id, writer::write);
    }

    void run(Long id, WorkbookSource source) {
        Instant now = Instant.now(clock);
        if (jobs.claim(id, node, now) == 0) {
            // no longer queued; RUNNING without a heartbeat means the node running it died and its job came back
            if (jobs.failIfStale(id, now.minus(staleAfter), ExportJobView.INTERRUPTED, now) > 0) {
                log.warn("Export {} interrupted on another node marked FAILED", id);
            }
            return;
        }
        ExportJob job = jobs.findById(id).orElseThrow();
        Path temp = null;
        try {
            NationalFilter filter = json.readValue(job.getFilters(), NationalFilter.class);
            NationalVocabulary vocabulary = vocabularies.forLocale(Locale.forLanguageTag(job.getLocale()));
            String code = archive.newVerificationCode();
            var info = new NationalRegisterWriter.DocumentInfo(
                    vocabulary.message("national.document.title") + " " + filter.periodYear(),
                    job.getRequestedByName(), Instant.now(clock), code, archive.verificationUrl(code));
            temp = archive.newTempFile(RegisterKind.NATIONAL_XLSX);
            JobProgress progress = new JobProgress(id);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                source.write(filter, vocabulary, info, out, progress);
            }
            String fileName = "registro-nacional-" + filter.periodYear() + "-" + id + ".xlsx";
            // a national register is an extract of many entities' registers at one moment, never approved itself
            StoredRegister stored = archive.store(NewRegister.national(code, fileName, filter.periodYear(),
                    describe(filter, vocabulary), false, job.getRequestedBy(), job.getRequestedByName()), temp);
            temp = null; // the archive stored it in the database and removed it (or removed it and threw)
            jobs.done(id, progress.done, fileName, stored.sizeBytes(), stored.id(), code, Instant.now(clock));
            log.info("Export {} done: {} rows, {} bytes, code {}", id, progress.done, stored.sizeBytes(), code);
        } catch (Exception | Error e) {
            if (temp != null) {
                archive.discard(temp);
            }
            // the requester sees the reference only; the exception (maybe SQL) stays in the log
            jobs.failed(id, ErrorReference.logged(log, e, "Export {} failed", id), Instant.now(clock));
        }
    }

    /** Writes progress in its own short transaction; stops the export if the job was failed meanwhile. */
    private final class JobProgress implements NationalRegisterWriter.Progress {
        private final Long id;
        long done;

        JobProgress(Long id) {
            this.id = id;
        }

        @Override
        public void total(long rows) {
            check(jobs.total(id, rows, Instant.now(clock)));
        }

        @Override
        public void done(long rows) {
            done = rows;
            check(jobs.progress(id, rows, Instant.now(clock)));
        }

        private void check(int updated) {
            if (updated == 0) {
                throw new IllegalStateException("export " + id + " is no longer running");
            }
        }
    }

    // ---- startup ----

    /** Fails the exports a crash of this node left RUNNING, and those of any node whose heartbeat stopped. */
    @EventListener(ApplicationReadyEvent.class)
    void recoverInterrupted() {
        Instant now = Instant.now(clock);
        int failed = jobs.failInterrupted(node, now.minus(staleAfter), ExportJobView.INTERRUPTED, now);
        if (failed > 0) {
            log.warn("{} export(s) interrupted by a restart marked FAILED", failed);
        }
    }

    String node() {
        return node;
    }

    // ---- helpers ----

    private ExportJob owned(CurrentUser user, Long id) {
        requireNationalReader(user);
        ExportJob job = jobs.findById(id).orElseThrow(() -> new NotFoundException("export", id));
        if (!job.getRequestedBy().equals(user.username()) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("export of another user");
        }
        return job;
    }

    private static void requireNationalReader(CurrentUser user) {
        if (!isNationalReader(user)) {
            throw new AccessDeniedException("the national register is for SIP, auditors and administrators");
        }
    }

    private ExportJobView view(ExportJob j) {
        return new ExportJobView(j.getId(), j.getKind(), j.getRequestedBy(), j.getStatus(), j.getRowsDone(),
                j.getRowsTotal(), fromJson(j.getFilters()), j.getCreatedAt(), j.getStartedAt(), j.getFinishedAt(),
                j.getFileName(), j.getFileSize(), j.getVerificationCode(), j.getError());
    }

    private String toJson(NationalFilter filter) {
        try {
            return json.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private NationalFilter fromJson(String text) {
        try {
            return json.readValue(text, NationalFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable filters of an export: " + text, e);
        }
    }

    /** The filters in words, for the archive (the public verification page shows it). */
    static String describe(NationalFilter f, NationalVocabulary v) {
        StringBuilder sb = new StringBuilder(v.message("national.document.title")).append(' ').append(f.periodYear());
        append(sb, v.message("national.filter.sector"), f.sector());
        append(sb, v.message("national.filter.department"), f.department());
        append(sb, v.message("national.filter.entityType"), v.label("entityType", f.entityType()));
        append(sb, v.message("national.filter.level"), f.residualLevel());
        append(sb, v.message("national.filter.stage"), v.label("stage", f.stage()));
        return sb.length() > 1000 ? sb.substring(0, 1000) : sb.toString();
    }

    private static void append(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append("; ").append(name).append(": ").append(value);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
