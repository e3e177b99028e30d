package pe.integrity.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL 17 server per test JVM (zonky's embedded binaries), with a fresh database per Spring
 * context. It stops only after every Spring context has closed: Spring closes contexts from its own
 * shutdown hooks, which run concurrently with ours, so ours waits for them (bounded) before stopping.
 */
public final class EmbeddedPostgresServer {

    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopWhenContextsClosed, "pg-stop"));
        }
        return server;
    }

    /** Creates an empty database and returns its JDBC URL (user and password {@code postgres}). */
    public static String newDatabase() {
        String name = "it_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** The server outlives this context: it stops only once the context has fully closed. */
    public static void register(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    private static void stopWhenContextsClosed() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        // a context turns inactive only at the very end of close(), after its beans (the engine) are gone
        while (CONTEXTS.stream().anyMatch(ConfigurableApplicationContext::isActive) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            // the JVM is exiting; nothing left to clean up
        }
    }
}
