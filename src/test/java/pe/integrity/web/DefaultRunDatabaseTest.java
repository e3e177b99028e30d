package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The default run's embedded PostgreSQL keeps its data between runs, and a stale pid file does not stop it. */
class DefaultRunDatabaseTest {

    final Path dataDir = Path.of("target", "default-run-db-" + UUID.randomUUID()).toAbsolutePath();
    final DefaultRunDatabase config = new DefaultRunDatabase();

    @Test
    void whatOneRunWritesTheNextRunFinds() throws Exception {
        try (EmbeddedPostgres first = config.defaultRunPostgres(dataDir, 0)) {
            jdbc(first).execute("CREATE TABLE kept (note text)");
            jdbc(first).update("INSERT INTO kept VALUES ('escrito en la primera ejecución')");
        }
        try (EmbeddedPostgres second = config.defaultRunPostgres(dataDir, 0)) {
            assertThat(jdbc(second).queryForObject("SELECT note FROM kept", String.class))
                    .isEqualTo("escrito en la primera ejecución");
        }
    }

    @Test
    void aPidFileOfAProcessThatNoLongerRunsIsIgnored() throws Exception {
        try (EmbeddedPostgres first = config.defaultRunPostgres(dataDir, 0)) {
            jdbc(first).execute("CREATE TABLE kept (note text)");
        }
        // what a run killed with the server already gone leaves behind
        Files.writeString(dataDir.resolve("postgres/postmaster.pid"), ProcessHandle.current().pid() + 999_999 + "\n");
        try (EmbeddedPostgres again = config.defaultRunPostgres(dataDir, 0)) {
            assertThat(jdbc(again).queryForObject("SELECT count(*) FROM kept", Integer.class)).isZero();
        }
    }

    private static JdbcTemplate jdbc(EmbeddedPostgres server) {
        return new JdbcTemplate(server.getDatabase(DefaultRunDatabase.SUPERUSER, DefaultRunDatabase.DATABASE));
    }
}
