package pe.integrity.register.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;
import pe.integrity.IntegrityRiskApplication;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.register.entity.EntityRegisters;
import pe.integrity.support.Team;

/**
 * A backup of the database is a backup of the registers: the application writes assessments, processes and
 * registers (PDF, Excel, one of several read slices), {@code pg_dump} dumps the database, {@code pg_restore} restores
 * it into a fresh one, and there every assessment, process instance and register row is found with content that
 * still matches its SHA-256.
 *
 * <p>zonky's embedded PostgreSQL 17 ships no {@code pg_dump} or {@code pg_restore}, and a {@code pg_dump} refuses a
 * server newer than itself, so this test runs its own throwaway server from one PostgreSQL installation's binaries
 * ({@code PG_BIN}, else the newest {@code /usr/lib/postgresql/<major>/bin}: Debian's {@code postgresql} package),
 * so server and tools are of one version. Without them it is skipped, except under {@code CI=true}, where it fails.
 */
class RegisterBackupRestoreTest {

    @Test
    void aRestoredDumpHoldsEveryRegisterWithContentMatchingItsDigest() throws Exception {
        Path bin = postgresBin();
        if (bin == null) {
            String why = "no PostgreSQL installation with initdb, pg_ctl, pg_dump and pg_restore (set PG_BIN)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        Path dir = Files.createTempDirectory("integrity-backup-restore-");
        try (Cluster pg = Cluster.start(bin, dir)) {
            pg.createDatabase("source");
            Map<String, Long> counts;
            Map<Long, String> digests;
            try (ConfigurableApplicationContext app = start(pg.url("source"), dir.resolve("app"))) {
                Team team = Team.create(app.getBean(EntityDirectory.class), app.getBean(UserDirectory.class),
                        app.getBean(UserDetailsService.class));
                Long assessment = app.getBean(Assessments.class).open(team.conductor(), 2025, "Respaldo").getId();
                EntityRegisters registers = app.getBean(EntityRegisters.class);
                registers.draft(team.conductor(), assessment, RegisterKind.ENTITY_PDF);
                registers.draft(team.conductor(), assessment, RegisterKind.ENTITY_XLSX);
                RegisterArchive archive = app.getBean(RegisterArchive.class);
                Path large = archive.newTempFile(RegisterKind.NATIONAL_XLSX);
                byte[] bytes = new byte[2 * RegisterContent.SLICE + 999];
                new Random(3).nextBytes(bytes);
                Files.write(large, bytes);
                archive.store(NewRegister.national(archive.newVerificationCode(), "registro-nacional-2025.xlsx", 2025,
                        "Respaldo", false, "admin", "Administrador"), large);
            }
            try (Connection source = pg.connect("source")) {
                counts = counts(source);
                digests = digests(source);
            }
            assertThat(counts.get("register_document")).isEqualTo(3);
            assertThat(counts.get("assessment")).isPositive();
            assertThat(counts.get("act_ru_execution")).isPositive();

            Path dump = dir.resolve("integrity.dump");
            pg.run(bin.resolve("pg_dump"), "--format=custom", "--file=" + dump, "--dbname=" + pg.libpq("source"));
            pg.createDatabase("restored");
            pg.run(bin.resolve("pg_restore"), "--exit-on-error", "--no-owner", "--dbname=" + pg.libpq("restored"),
                    dump.toString());

            try (Connection restored = pg.connect("restored")) {
                assertThat(counts(restored)).isEqualTo(counts);
                assertThat(digests(restored)).isEqualTo(digests);
                try (Statement s = restored.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*) FROM register_document d LEFT JOIN register_file f"
                                + " ON f.document_id = d.id WHERE f.document_id IS NULL"
                                + " OR encode(sha256(f.content), 'hex') <> d.sha256"
                                + " OR octet_length(f.content) <> d.size_bytes")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("registers without content matching their digest").isZero();
                }
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    /** Rows of the tables a restore must bring back: the assessments, the engine's processes, the registers. */
    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("assessment", "risk", "act_ru_execution", "act_hi_procinst", "register_document",
                "register_file")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    /** Each register's recorded digest next to the digest of its stored content, as PostgreSQL computes it. */
    private static Map<Long, String> digests(Connection c) throws SQLException {
        Map<Long, String> digests = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT d.id, d.sha256,"
                + " encode(sha256(f.content), 'hex') FROM register_document d JOIN register_file f"
                + " ON f.document_id = d.id")) {
            while (rs.next()) {
                assertThat(rs.getString(3)).as("content of register %d", rs.getLong(1)).isEqualTo(rs.getString(2));
                digests.put(rs.getLong(1), rs.getString(2));
            }
        }
        return digests;
    }

    private static ConfigurableApplicationContext start(String url, Path disk) {
        return new SpringApplicationBuilder(IntegrityRiskApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--server.port=0",
                "--app.demo-data=false",
                "--app.data-dir=" + disk,
                "--camunda.bpm.job-execution.enabled=false",
                // the webapps keep JVM-wide state: a second context closing breaks them for the suite's shared one
                "--camunda.bpm.webapp.enabled=false");
    }

    /** {@code PG_BIN}, or the newest Debian-style installation, if it has everything this test runs. */
    private static Path postgresBin() throws IOException {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("PG_BIN");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        } else if (Files.isDirectory(Path.of("/usr/lib/postgresql"))) {
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt((Path v) -> Integer.parseInt(v.getFileName().toString()))
                                .reversed())
                        .map(v -> v.resolve("bin"))
                        .forEach(candidates::add);
            }
        }
        return candidates.stream()
                .filter(b -> Stream.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore")
                        .allMatch(tool -> Files.isExecutable(b.resolve(tool))))
                .findFirst()
                .orElse(null);
    }

    /**
     * A throwaway PostgreSQL server on a free localhost port, trust authentication. PostgreSQL refuses to run as
     * root: then its processes run as {@code nobody} (through {@code runuser}).
     */
    private static final class Cluster implements AutoCloseable {
        private final Path bin;
        private final Path data;
        private final int port;
        private final boolean asNobody;

        private Cluster(Path bin, Path data, int port, boolean asNobody) {
            this.bin = bin;
            this.data = data;
            this.port = port;
            this.asNobody = asNobody;
        }

        static Cluster start(Path bin, Path dir) throws Exception {
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                // nobody writes the data directory and the dump here (under the temporary directory, which anyone
                // reaches); the tree is deleted afterwards
                Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Cluster cluster = new Cluster(bin, dir.resolve("pgdata"), port, root);
            cluster.run(bin.resolve("initdb"), "-D", cluster.data.toString(), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8");
            cluster.run(bin.resolve("pg_ctl"), "-D", cluster.data.toString(), "-w", "-l", dir.resolve("server.log").toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off", "start");
            return cluster;
        }

        String url(String database) {
            return "jdbc:postgresql://localhost:" + port + "/" + database;
        }

        String libpq(String database) {
            return "host=localhost port=" + port + " user=postgres dbname=" + database;
        }

        Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(url(database), "postgres", "postgres");
        }

        void createDatabase(String name) throws SQLException {
            try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
        }

        /** Runs one of the installation's programs and fails with its output unless it exits with 0. */
        void run(Path program, String... args) throws Exception {
            List<String> command = new ArrayList<>();
            if (asNobody) {
                command.addAll(List.of("runuser", "-u", "nobody", "--"));
            }
            command.add(program.toString());
            command.addAll(Arrays.asList(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
            }
        }

        @Override
        public void close() throws Exception {
            run(bin.resolve("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "stop");
        }
    }
}
