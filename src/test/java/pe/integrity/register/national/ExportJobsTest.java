package pe.integrity.register.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.register.Workbooks;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.DurableJobs;
import pe.integrity.workflow.WorkflowTasks;

/**
 * Background exports on PostgreSQL run as durable jobs: the life of a job, the queue limit counted in the
 * database, a failure half way through the file, and the clean-up after a crash.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
public class ExportJobsTest {

    static final Locale ES = Locale.forLanguageTag("es-PE");
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired ExportJobs jobs;
    @Autowired ExportJobRepository repository;
    @Autowired NationalRegisterWriter writer;
    @Autowired RegisterArchive archive;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService details;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired Assessments assessments;
    @Autowired ScopeEditing scope;
    @Autowired RiskIdentification identification;
    @Autowired RiskEvaluation evaluation;
    @Autowired TreatmentPlanning treatment;
    @Autowired WorkflowTasks tasks;
    @Autowired ScoringSchemes schemes;
    @Autowired DurableJobs durableJobs;
    @Autowired MessageSource messages;

    CurrentUser sip;
    NationalFilter filter;

    @BeforeEach
    void data() {
        NationalFixture.get(new NationalFixture.Services(entities, users, details, assessments, scope, identification,
                evaluation, treatment, tasks, schemes, jdbc));
        sip = (CurrentUser) details.loadUserByUsername("sip.revisor");
        filter = NationalFilter.period(NationalFixture.PERIOD);
    }

    @Test
    void aJobGoesFromQueuedToRunningToDoneAndItsFileCanBeDownloadedAndVerified() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExportJobs.WorkbookSource heldAtStart = (f, v, info, out, progress) ->
                writer.write(f, v, info, out, new NationalRegisterWriter.Progress() {
                    @Override
                    public void total(long rows) {
                        progress.total(rows);
                        started.countDown();
                        awaitQuietly(release);
                    }

                    @Override
                    public void done(long rows) {
                        progress.done(rows);
                    }
                });

        ExportJobView first = jobs.submitNational(sip, filter, ES);
        assertThat(first.status()).isEqualTo(ExportStatus.QUEUED);
        // the job executor's thread, held once it knows the total
        Thread worker = new Thread(() -> jobs.run(first.id(), heldAtStart), "test-export-worker");
        worker.start();
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
        long expectedRows = count("risk") + count("measure");
        ExportJobView running = jobs.get(sip, first.id());
        assertThat(running.status()).isEqualTo(ExportStatus.RUNNING);
        assertThat(running.rowsTotal()).isEqualTo(expectedRows);

        // the next request waits in the queue until a job executor takes it
        ExportJobView second = jobs.submitNational(sip, filter, ES);
        assertThat(jobs.get(sip, second.id()).status()).isEqualTo(ExportStatus.QUEUED);

        release.countDown();
        worker.join(WAIT.toMillis());
        // both jobs: the first one's finds its export taken and leaves it alone
        durableJobs.runDue(NationalExportJob.NAME);
        for (Long id : List.of(first.id(), second.id())) {
            ExportJobView done = jobs.get(sip, id);
            assertThat(done.status()).as(done.error()).isEqualTo(ExportStatus.DONE);
            assertThat(done.rowsDone()).isEqualTo(done.rowsTotal()).isEqualTo(expectedRows);
            assertThat(done.finishedAt()).isNotNull();
        }

        ExportJobView done = jobs.get(sip, first.id());
        byte[] file = mvc.perform(get("/national/exports/{id}/file", done.id()).with(user(sip)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = Workbooks.read(file)) {
            assertThat(wb.getSheet("Riesgos").getLastRowNum() + wb.getSheet("Medidas").getLastRowNum())
                    .isEqualTo((int) expectedRows);
            assertThat(wb.getProperties().getCustomProperties().getProperty("CodigoVerificacion").getLpwstr())
                    .isEqualTo(done.verificationCode());
        }
        StoredRegister stored = archive.verify(new ByteArrayInputStream(file)).orElseThrow();
        assertThat(stored.kind()).isEqualTo(RegisterKind.NATIONAL_XLSX);
        assertThat(stored.verificationCode()).isEqualTo(done.verificationCode());
        assertThat(stored.periodYear()).isEqualTo(NationalFixture.PERIOD);
        assertThat(stored.generatedBy()).isEqualTo("sip.revisor");
        assertThat(archive.verify(done.verificationCode())).contains(stored);
    }

    @Test
    void aFailureHalfWayThroughTheFileLeavesNoFileAndNoDigest(CapturedOutput log) throws Exception {
        Set<Path> tempBefore = tempFiles();
        int documentsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM register_document", Integer.class);
        // the disk fills up after 4 KB of the workbook reached the temporary file
        ExportJobs.WorkbookSource diskFull =
                (f, v, info, out, progress) -> writer.write(f, v, info, new FailingAfter(out, 4096), progress);

        ExportJobView job = jobs.submitNational(sip, filter, ES);
        jobs.run(job.id(), diskFull);

        ExportJobView failed = jobs.get(sip, job.id());
        assertThat(failed.status()).isEqualTo(ExportStatus.FAILED);
        assertShownAsReferenceOnly(failed, "disco lleno (prueba)", log);
        assertThat(failed.fileName()).isNull();
        assertThat(repository.findById(job.id()).orElseThrow().getRegisterDocumentId()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_document", Integer.class))
                .isEqualTo(documentsBefore);
        assertThat(tempFiles()).isEqualTo(tempBefore);
        mvc.perform(get("/national/exports/{id}/file", job.id()).with(user(sip))).andExpect(status().isNotFound());
    }

    @Test
    void aFailureWhileWritingCellsStopsTheJobWithoutAFile(CapturedOutput log) throws Exception {
        Set<Path> tempBefore = tempFiles();
        // the cell-writing thread fails when it reports the end of the rows
        ExportJobs.WorkbookSource failingCells = (f, v, info, out, progress) ->
                writer.write(f, v, info, out, new NationalRegisterWriter.Progress() {
                    @Override
                    public void total(long rows) {
                        progress.total(rows);
                    }

                    @Override
                    public void done(long rows) {
                        throw new IllegalStateException("celdas: fallo de prueba");
                    }
                });

        ExportJobView job = jobs.submitNational(sip, filter, ES);
        jobs.run(job.id(), failingCells);

        ExportJobView failed = jobs.get(sip, job.id());
        assertThat(failed.status()).isEqualTo(ExportStatus.FAILED);
        assertShownAsReferenceOnly(failed, "celdas: fallo de prueba", log);
        assertThat(repository.findById(job.id()).orElseThrow().getRegisterDocumentId()).isNull();
        assertThat(tempFiles()).isEqualTo(tempBefore);
    }

    @Test
    void jobsACrashLeftRunningFailAtStartupButNotThoseOfALiveNode() throws Exception {
        Instant now = Instant.now();
        Long ours = runningJob(jobs.node(), now);
        Long deadNode = runningJob("nodo-caido", now.minus(Duration.ofHours(1)));
        Long liveNode = runningJob("nodo-vivo", now);

        jobs.recoverInterrupted();

        assertThat(repository.findById(ours).orElseThrow().getStatus()).isEqualTo(ExportStatus.FAILED);
        assertThat(repository.findById(deadNode).orElseThrow().getStatus()).isEqualTo(ExportStatus.FAILED);
        assertThat(repository.findById(deadNode).orElseThrow().getError()).isEqualTo(ExportJobView.INTERRUPTED);
        mvc.perform(get("/national/exports/{id}", deadNode).with(user(sip)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("El servidor se reinició mientras se generaba el archivo.")));
        assertThat(repository.findById(liveNode).orElseThrow().getStatus()).isEqualTo(ExportStatus.RUNNING);
        repository.failed(liveNode, "test clean-up", now);
    }

    @Test
    void aFullQueueRefusesTheRequestAtOnceWhateverNodeQueuedTheOthers() throws Exception {
        List<Long> waiting = new java.util.ArrayList<>();
        long queued = repository.countByStatus(ExportStatus.QUEUED);
        for (long i = queued; i < 20; i++) { // app.exports.queue, counted in the database
            waiting.add(repository.save(new ExportJob(ExportJob.NATIONAL, "sip.revisor", "SIP",
                    "{\"periodYear\":2024}", "es-PE", Instant.now())).getId());
        }
        try {
            ExportJobView refused = jobs.submitNational(sip, filter, ES);

            assertThat(refused.status()).isEqualTo(ExportStatus.FAILED);
            assertThat(jobs.get(sip, refused.id()).failureKey()).isEqualTo("national.job.failed.busy");
            mvc.perform(get("/national/exports/{id}", refused.id()).with(user(sip)))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                            org.hamcrest.Matchers.containsString(messages.getMessage("national.job.failed.busy",
                                    null, ES))));
        } finally {
            waiting.forEach(id -> repository.failed(id, "test clean-up", Instant.now()));
        }
        ExportJobView accepted = jobs.submitNational(sip, filter, ES);
        assertThat(accepted.status()).isEqualTo(ExportStatus.QUEUED);
        repository.failed(accepted.id(), "test clean-up", Instant.now());
    }

    @Test
    void anExportWhoseNodeDiedFailsWhenItsJobRunsAgainElsewhere() {
        Long deadNode = runningJob("nodo-caido", Instant.now().minus(Duration.ofHours(1)));
        Long liveNode = runningJob("nodo-vivo", Instant.now());

        jobs.run(deadNode);
        jobs.run(liveNode);

        assertThat(repository.findById(deadNode).orElseThrow().getError()).isEqualTo(ExportJobView.INTERRUPTED);
        assertThat(repository.findById(liveNode).orElseThrow().getStatus()).isEqualTo(ExportStatus.RUNNING);
        repository.failed(liveNode, "test clean-up", Instant.now());
    }

    @Test
    void aJobCannotBeClaimedTwice() {
        ExportJob job = repository.save(new ExportJob(ExportJob.NATIONAL, "sip.revisor", "SIP", "{\"periodYear\":2024}",
                "es-PE", Instant.now()));
        assertThat(repository.claim(job.getId(), "nodo-1", Instant.now())).isEqualTo(1);
        assertThat(repository.claim(job.getId(), "nodo-2", Instant.now())).isZero();
        assertThat(repository.findById(job.getId()).orElseThrow().getNode()).isEqualTo("nodo-1");
        repository.failed(job.getId(), "test clean-up", Instant.now());
    }

    // ---- helpers ----

    private Long runningJob(String node, Instant heartbeat) {
        ExportJob job = repository.save(new ExportJob(ExportJob.NATIONAL, "sip.revisor", "SIP",
                "{\"periodYear\":2024}", "es-PE", heartbeat));
        assertThat(repository.claim(job.getId(), node, heartbeat)).isEqualTo(1);
        return job.getId();
    }

    private long count(String table) {
        String sql = "risk".equals(table)
                ? "SELECT COUNT(*) FROM risk r JOIN assessment a ON a.id = r.assessment_id"
                        + " WHERE a.period_year = ? AND r.removed = FALSE"
                : "SELECT COUNT(*) FROM measure m JOIN risk r ON r.id = m.risk_id"
                        + " JOIN assessment a ON a.id = r.assessment_id WHERE a.period_year = ? AND r.removed = FALSE";
        return jdbc.queryForObject(sql, Long.class, NationalFixture.PERIOD);
    }

    private Set<Path> tempFiles() throws IOException {
        Path tmp = archive.tempDir();
        if (!Files.isDirectory(tmp)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.collect(Collectors.toSet());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes bytes through (and onto the disk) until the limit, then fails like a full disk. */
    static final class FailingAfter extends FilterOutputStream {
        private long left;

        FailingAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            out.write(b, off, len);
        }

        private void check(int len) throws IOException {
            left -= len;
            if (left < 0) {
                out.flush();
                throw new IOException("disco lleno (prueba)");
            }
        }
    }

    /** The requester reads a plain message and a reference; the exception is in the log under that reference. */
    private void assertShownAsReferenceOnly(ExportJobView failed, String cause, CapturedOutput log) throws Exception {
        String reference = failed.reference();
        assertThat(reference).matches("[A-Z2-9]{8}");
        assertThat(failed.error()).doesNotContain(cause);
        String page = mvc.perform(get("/national/exports/{id}", failed.id()).with(user(sip)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Ocurrió un error inesperado al generar el archivo.", reference)
                .doesNotContain(cause, "Exception", "at pe.integrity");
        assertThat(log.getOut()).contains("ERROR").contains("[" + reference + "] Export " + failed.id() + " failed")
                .contains(cause);
    }
}
