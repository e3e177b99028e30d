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
        // every entity of the seed file is there (other tests of the suite add entities of their own)
        List<String> seedNames;
        try (var in = getClass().getClassLoader().getResourceAsStream("db/seed/entities.csv");
                var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            seedNames = reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)[1].replace("\"", "")).toList(); // commas inside quotes stay
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(seedNames).hasSize(77);
        List<String> found = jdbc.queryForList("SELECT name FROM public_entity", String.class);
        assertThat(found).containsAll(seedNames);
        String parent = jdbc.queryForObject(
                "SELECT p.acronym FROM public_entity d JOIN public_entity p ON p.id = d.parent_id"
                        + " WHERE d.name = 'Municipalidad Distrital de Wanchaq'",
                String.class);
        assertThat(parent).isEqualTo("MP Cusco");
    }
}
