package pe.integrity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.integrity.support.IntegrationTest;

/** The tests' database is real PostgreSQL 17 and Liquibase built both Camunda's and our schema. */
@IntegrationTest
class PostgresSchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine engine;

    @Test
    void databaseIsPostgresql17() {
        String version = jdbc.queryForObject("SHOW server_version", String.class);
        assertThat(version).startsWith("17.");
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL 17");
    }

    @Test
    void liquibaseCreatedCamundasTablesAndTheEngineDidNot() {
        Integer camundaTables = jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'act\\_%'",
                Integer.class);
        assertThat(camundaTables).isGreaterThanOrEqualTo(49);
        List<String> camundaChangeSets = jdbc.queryForList(
                "SELECT filename FROM databasechangelog WHERE filename LIKE '%camunda%'", String.class);
        assertThat(camundaChangeSets).isNotEmpty();
        ProcessEngineConfigurationImpl config =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getDatabaseSchemaUpdate()).isEqualTo("false");
        assertThat(config.getDatabaseType()).isEqualTo("postgres");
        // the engine checks the schema version it finds against its own on start
        assertThat(engine.getManagementService().getProperties()).containsKey("schema.version");
    }

    @Test
    void liquibaseCreatedTheApplicationTablesWithSeedEntities() {
        List<String> ours = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_name IN ('public_entity', 'app_user', 'app_user_role')",
                String.class);
        assertThat(ours).containsExactlyInAnyOrder("public_entity", "app_user", "app_user_role");
        Integer seeded = jdbc.queryForObject("SELECT count(*) FROM public_entity", Integer.class);
        assertThat(seeded).isEqualTo(77);
        String parent = jdbc.queryForObject(
                "SELECT p.acronym FROM public_entity d JOIN public_entity p ON p.id = d.parent_id"
                        + " WHERE d.name = 'Municipalidad Distrital de Wanchaq'",
                String.class);
        assertThat(parent).isEqualTo("MP Cusco");
    }
}
