package pe.integrity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.IntegrityRiskApplication;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.support.EmbeddedPostgresServer;
import pe.integrity.support.Team;

/**
 * Work enqueued but not yet done survives a restart: the application stops while a mail's job waits (its job
 * executor off, as if the node died right after the commit), starts again on the same database with the job
 * executor on, and the mail is kept then. Nothing in memory carried it over.
 */
class DurableJobRestartTest {

    @Test
    void aMailWaitingWhenTheApplicationStoppedIsDeliveredAfterItStartsAgain() {
        String database = EmbeddedPostgresServer.newDatabase();
        String conductor;
        try (ConfigurableApplicationContext before = start(database, false)) {
            Team team = Team.create(before.getBean(EntityDirectory.class), before.getBean(UserDirectory.class),
                    before.getBean(UserDetailsService.class));
            before.getBean(Assessments.class).open(team.conductor(), 2025, "Contexto");
            conductor = team.conductor().username();
            assertThat(kept(before, conductor)).as("not kept before its job runs").isZero();
        }

        try (ConfigurableApplicationContext after = start(database, true)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> kept(after, conductor) == 1);
        }
    }

    private static ConfigurableApplicationContext start(String database, boolean jobExecutor) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IntegrityRiskApplication.class).run(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--server.port=0",
                "--app.demo-data=false",
                // Camunda's webapps keep their engine in static fields, which closing this context would clear for
                // the suite's shared context (Cockpit then answers 500 in AuthorizationMatrixTest, EveryEndpointTest)
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=" + jobExecutor);
        EmbeddedPostgresServer.register(context);
        return context;
    }

    private static int kept(ConfigurableApplicationContext context, String username) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE recipient_username = ?", Integer.class, username);
    }
}
