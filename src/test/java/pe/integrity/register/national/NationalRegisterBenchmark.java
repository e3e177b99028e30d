package pe.integrity.register.national;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Benchmark of the national register (not a test; run with {@code ./mvnw -B -Pbenchmark verify}).
 *
 * <p>On an embedded PostgreSQL 17 with the application's Liquibase schema, it loads {@value
 * SyntheticRegisterData#ENTITIES} synthetic entities and, for each size, one period of risks (and one measure per
 * risk on average) with COPY. For each size it then times (a) raw SXSSF writing the same cells from values
 * generated in memory and (b) {@link NationalRegisterWriter} reading them from the database, alternating runs and
 * taking the median; and it measures peak heap of each in separate runs, sampling used heap right after a
 * {@code System.gc()} every few milliseconds from a background thread. Sizes (risks) are the program arguments,
 * default {@code 100000 400000}; {@code -Dbenchmark.runs} sets the timed runs per variant (default 3).
 */
public final class NationalRegisterBenchmark {

    private static final Locale ES = Locale.forLanguageTag("es-PE");

    private NationalRegisterBenchmark() {}

    record Result(int risks, long rows, double rawSeconds, double writerSeconds, long rawPeak, long writerPeak,
            long idleHeap, long fileBytes) {}

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        // Liquibase logs through java.util.logging: keep the output to the benchmark's own lines
        java.util.logging.LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int[] sizes = args.length == 0
                ? new int[] {100_000, 400_000}
                : Arrays.stream(args).flatMap(a -> Arrays.stream(a.split("[ ,]+"))).filter(s -> !s.isBlank())
                        .mapToInt(Integer::parseInt).toArray();
        int runs = Integer.getInteger("benchmark.runs", 3);
        Path dir = Files.createTempDirectory("national-benchmark");
        System.out.printf(Locale.ROOT,
                "National register benchmark: sizes %s, %d timed runs each, %d CPUs (load average %.1f), max heap %d MB%n",
                Arrays.toString(sizes), runs, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20);

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("max_wal_size", "2GB")
                .start()) {
            DataSource ds = pg.getPostgresDatabase();
            schema(ds);
            List<SyntheticRegisterData.Dataset> datasets = new ArrayList<>();
            Instant loadStart = Instant.now();
            try (Connection c = ds.getConnection()) {
                SyntheticRegisterData.loadEntities(c);
                for (int k = 0; k < sizes.length; k++) {
                    var d = new SyntheticRegisterData.Dataset(2024 + k, sizes[k], (k + 1) * 100_000_000L);
                    SyntheticRegisterData.load(c, d);
                    datasets.add(d);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            System.out.printf("Loaded %d entities and %s risks with COPY in %.1f s%n", SyntheticRegisterData.ENTITIES,
                    Arrays.toString(sizes), Duration.between(loadStart, Instant.now()).toMillis() / 1000.0);

            ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
            bundles.setBasenames("messages", "i18n/catalog", "i18n/assessment", "i18n/national");
            bundles.setDefaultEncoding("UTF-8");
            bundles.setFallbackToSystemLocale(false);
            NationalRegisterWriter writer = new NationalRegisterWriter(ds, new DataSourceTransactionManager(ds), 1000);
            JobProgress progress = new JobProgress(ds);
            RawSxssfBaseline raw = new RawSxssfBaseline(key -> bundles.getMessage(key, null, null, ES));

            // warm-up (JIT, class loading) on the first dataset, not counted
            var first = datasets.get(0);
            time(() -> toFile(dir, out -> raw.write(first, out)));
            time(() -> toFile(dir, out -> writer.write(NationalFilter.period(first.period()), vocabulary(bundles),
                    info(), out, progress)));

            List<Result> results = new ArrayList<>();
            for (var d : datasets) {
                NationalFilter filter = NationalFilter.period(d.period());
                double[] rawTimes = new double[runs];
                double[] writerTimes = new double[runs];
                AtomicLong rows = new AtomicLong();
                for (int r = 0; r < runs; r++) {
                    rawTimes[r] = time(() -> toFile(dir, out -> rows.set(raw.write(d, out))));
                    writerTimes[r] = time(() -> toFile(dir, out -> writer.write(filter, vocabulary(bundles), info(),
                            out, progress)));
                    System.out.printf("  %,d risks run %d: raw %.1f s, writer %.1f s%n", d.risks(), r + 1, rawTimes[r],
                            writerTimes[r]);
                }
                long idle = idleHeap();
                long rawPeak = peakHeap(() -> toFile(dir, out -> raw.write(d, out)));
                Path file = dir.resolve("national-" + d.period() + ".xlsx");
                long writerPeak = peakHeap(() -> {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                        writer.write(filter, vocabulary(bundles), info(), out, progress);
                    }
                });
                results.add(new Result(d.risks(), rows.get(), median(rawTimes), median(writerTimes), rawPeak, writerPeak,
                        idle, Files.size(file)));
                Files.deleteIfExists(file);
            }
            print(results);
            System.out.printf(Locale.ROOT, "System load average (1 min) at the end: %.1f on %d CPUs%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * Progress as the export job records it: an UPDATE of an export_job row every 1,000 rows, on a connection of
     * its own with auto-commit (the job does it in a REQUIRES_NEW transaction on a pooled connection).
     */
    static final class JobProgress implements NationalRegisterWriter.Progress {
        private final Connection connection;
        private final long id;

        JobProgress(DataSource ds) throws java.sql.SQLException {
            this.connection = ds.getConnection();
            try (Statement s = connection.createStatement()) {
                var rs = s.executeQuery("INSERT INTO export_job (kind, requested_by, requested_by_name, filters, locale,"
                        + " status, created_at) VALUES ('NATIONAL_REGISTER', 'benchmark', 'Benchmark', '{}', 'es-PE',"
                        + " 'RUNNING', now()) RETURNING id");
                rs.next();
                this.id = rs.getLong(1);
            }
        }

        @Override
        public void total(long rows) {
            update("UPDATE export_job SET rows_total = ?, heartbeat_at = now() WHERE id = ? AND status = 'RUNNING'", rows);
        }

        @Override
        public void done(long rows) {
            update("UPDATE export_job SET rows_done = ?, heartbeat_at = now() WHERE id = ? AND status = 'RUNNING'", rows);
        }

        private void update(String sql, long rows) {
            try (var ps = connection.prepareStatement(sql)) {
                ps.setLong(1, rows);
                ps.setLong(2, id);
                ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Heap in use after a full collection, with nothing running. */
    private static long idleHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Highest heap in use right after a full collection, sampled every 20 ms while the work runs. */
    private static long peakHeap(Work work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            work.run();
        } finally {
            running.set(false);
            sampler.join();
        }
        return peak.get();
    }

    interface Writing {
        void to(OutputStream out) throws Exception;
    }

    /** Writes to a real file, as the export job does, and deletes it afterwards. */
    private static void toFile(Path dir, Writing writing) throws Exception {
        Path file = Files.createTempFile(dir, "run-", ".xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writing.to(out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static NationalVocabulary vocabulary(ResourceBundleMessageSource bundles) {
        NationalVocabulary v = new NationalVocabulary(key -> bundles.getMessage(key, null, null, ES));
        for (int l = 0; l < SyntheticRegisterData.LEVELS.length; l++) {
            v.level(SyntheticRegisterData.SCHEME, SyntheticRegisterData.LEVELS[l], SyntheticRegisterData.LEVEL_NAMES[l],
                    SyntheticRegisterData.LEVEL_COLOURS[l], l + 1);
        }
        for (int r = 0; r < SyntheticRegisterData.RATINGS.length; r++) {
            v.controlRating(SyntheticRegisterData.SCHEME, SyntheticRegisterData.RATINGS[r],
                    SyntheticRegisterData.RATING_NAMES[r]);
        }
        for (int t = 0; t < SyntheticRegisterData.TYPOLOGIES.length; t++) {
            v.label("typology", SyntheticRegisterData.TYPOLOGIES[t], SyntheticRegisterData.TYPOLOGY_NAMES[t]);
        }
        return v;
    }

    private static NationalRegisterWriter.DocumentInfo info() {
        return new NationalRegisterWriter.DocumentInfo("Registro nacional (benchmark)", "benchmark", Instant.now(),
                "BENCHMARK0000000000", "http://localhost:8080/verificar?codigo=BENCHMARK0000000000");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void print(List<Result> results) {
        System.out.println();
        System.out.println("| risks | data rows (risks + measures) | raw SXSSF (s) | national writer (s) | writer / raw |"
                + " writer rows/s | peak heap raw (MB) | peak heap writer (MB) | idle heap (MB) | file (MB) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %.2f | %,.0f | %.1f | %.1f | %.1f | %.1f |%n",
                    r.risks(), r.rows(), r.rawSeconds(), r.writerSeconds(), r.writerSeconds() / r.rawSeconds(),
                    r.rows() / r.writerSeconds(), mb(r.rawPeak()), mb(r.writerPeak()), mb(r.idleHeap()),
                    mb(r.fileBytes()));
        }
        if (results.size() >= 2) {
            Result small = results.get(0);
            Result large = results.get(results.size() - 1);
            System.out.printf(Locale.ROOT, "%nTime goal (writer within 1.3x of raw SXSSF): %s%n",
                    results.stream().allMatch(r -> r.writerSeconds() / r.rawSeconds() <= 1.3) ? "MET" : "NOT MET");
            double growth = (double) large.writerPeak() / small.writerPeak() - 1;
            double growthAboveIdle = (double) (large.writerPeak() - large.idleHeap())
                    / (small.writerPeak() - small.idleHeap()) - 1;
            System.out.printf(Locale.ROOT,
                    "Heap goal (peak at %,d risks under 10%% above %,d): %+.1f%% (%s); above idle heap: %+.1f%%%n",
                    large.risks(), small.risks(), growth * 100, growth < 0.10 ? "MET" : "NOT MET",
                    growthAboveIdle * 100);
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static void schema(DataSource ds) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(ds);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }
}
