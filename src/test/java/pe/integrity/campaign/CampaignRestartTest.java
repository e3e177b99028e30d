package pe.integrity.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.IntegrityRiskApplication;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserForm;
import pe.integrity.shared.LaterWork;
import pe.integrity.support.EmbeddedPostgresServer;
import pe.integrity.support.Territory;

/**
 * A launch stopped midway resumes after a restart and opens nothing twice: the application stops after the first
 * batch of a campaign committed (its job executor off, as if the node died then), starts again on the same database
 * with the job executor on, and the remaining batches run from the first entity still pending. Nothing in memory
 * carried the launch over (as {@code DurableJobRestartTest} for a mail).
 */
class CampaignRestartTest {

    static final int PERIOD = 2026;
    static final int ENTITIES = 5;

    @Test
    void aLaunchInterruptedAfterItsFirstBatchFinishesAfterARestartWithOneAssessmentPerEntity() {
        String database = EmbeddedPostgresServer.newDatabase();
        Long campaignId;
        List<Long> entityIds = new ArrayList<>();
        try (ConfigurableApplicationContext before = start(database, false)) {
            Territory t = Territory.fresh(before.getBean(EntityDirectory.class), before.getBean(UserDirectory.class),
                    before.getBean(UserDetailsService.class), "Reinicio");
            for (int i = 0; i < ENTITIES; i++) {
                entityIds.add(t.entity("Municipalidad Distrital", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR));
            }
            CurrentUser sip = sipReviewer(before);
            campaignId = before.getBean(Campaigns.class)
                    .launch(sip, new EntitySelection(PERIOD, null, null, t.department()), null).getId();
            // the first batch (2 entities) runs and commits; the node "dies" with the next batch's job waiting
            before.getBean(LaterWork.class).runNow(CampaignLaunchJob.NAME, CampaignLaunchJob.key(campaignId));
            assertThat(outcomes(before, campaignId)).containsExactly("LAUNCHED", "LAUNCHED", "PENDING", "PENDING",
                    "PENDING");
        }

        try (ConfigurableApplicationContext after = start(database, true)) {
            JdbcTemplate jdbc = after.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(jdbc.queryForObject(
                    "SELECT status FROM campaign WHERE id = ?", String.class, campaignId)));
            assertThat(outcomes(after, campaignId)).containsOnly("LAUNCHED").hasSize(ENTITIES);
            for (Long entity : entityIds) {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE entity_id = ? AND period_year = ?",
                        Integer.class, entity, PERIOD)).as("assessments of entity %d", entity).isEqualTo(1);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst p JOIN assessment a"
                        + " ON p.business_key_ = CAST(a.id AS VARCHAR) WHERE p.proc_def_key_ = 'integrityRiskAssessment'"
                        + " AND a.entity_id = ?", Integer.class, entity)).as("processes of entity %d", entity)
                        .isEqualTo(1);
            }
        }
    }

    private static CurrentUser sipReviewer(ConfigurableApplicationContext context) {
        UserForm f = new UserForm();
        f.setUsername("sip.reinicio");
        f.setFullName("Revisora SIP");
        f.setEmail("sip.reinicio@test.integridad.pe");
        f.setRoles(EnumSet.of(Role.SIP_REVIEWER));
        f.setPassword("secret-sip.reinicio");
        context.getBean(UserDirectory.class).create(f);
        return (CurrentUser) context.getBean(UserDetailsService.class).loadUserByUsername("sip.reinicio");
    }

    /** The campaign's outcomes in launch order (by entity id, as the batches take them). */
    private static List<String> outcomes(ConfigurableApplicationContext context, Long campaignId) {
        return context.getBean(JdbcTemplate.class).queryForList("SELECT outcome FROM campaign_entity"
                + " WHERE campaign_id = ? ORDER BY entity_id", String.class, campaignId);
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
                "--app.campaigns.batch-size=2",
                "--camunda.bpm.job-execution.enabled=" + jobExecutor);
        EmbeddedPostgresServer.register(context);
        return context;
    }
}
