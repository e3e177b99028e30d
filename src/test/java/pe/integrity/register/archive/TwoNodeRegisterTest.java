package pe.integrity.register.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;
import pe.integrity.IntegrityRiskApplication;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.support.Browser;
import pe.integrity.support.EmbeddedPostgresServer;
import pe.integrity.support.Team;

/**
 * Two application nodes on one PostgreSQL, each with its own disk (data and temporary directories): a register
 * generated through node A's screens is downloaded, and verified by code and by file, through node B's, over
 * HTTP on their real ports. Nothing of it is on either node's disk afterwards: the database holds it.
 */
class TwoNodeRegisterTest {

    static final Path DISKS = Path.of("target", "two-nodes-" + UUID.randomUUID()).toAbsolutePath();
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static Team team;
    static Long assessmentId;

    @BeforeAll
    static void twoNodes() {
        String database = EmbeddedPostgresServer.newDatabase();
        nodeA = start(database, "a");
        nodeB = start(database, "b");
        team = Team.create(nodeA.getBean(EntityDirectory.class), nodeA.getBean(UserDirectory.class),
                nodeA.getBean(UserDetailsService.class));
        assessmentId = nodeA.getBean(Assessments.class).open(team.conductor(), 2025, "Contexto de prueba").getId();
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        FileSystemUtils.deleteRecursively(DISKS.toFile());
    }

    @Test
    void aRegisterGeneratedOnOneNodeIsServedByTheOther() throws Exception {
        String conductor = team.conductor().username();
        String registers = "/assessments/" + assessmentId + "/registers";
        Browser onA = new Browser(port(nodeA)).signedInAs(conductor, "secret-" + conductor);

        Browser.Page generated = onA.submit(registers, registers, Map.of("kind", "ENTITY_PDF"));
        assertThat(generated.status()).isEqualTo(302);
        assertThat(generated.location()).isEqualTo(registers);

        JdbcTemplate jdbcB = nodeB.getBean(JdbcTemplate.class);
        Map<String, Object> row = jdbcB.queryForMap("SELECT id, sha256, size_bytes, verification_code"
                + " FROM register_document WHERE assessment_id = ? ORDER BY id DESC LIMIT 1", assessmentId);
        Long documentId = ((Number) row.get("id")).longValue();
        String sha256 = (String) row.get("sha256");

        Browser onB = new Browser(port(nodeB)).signedInAs(conductor, "secret-" + conductor);
        assertThat(Jsoup.parse(onB.get(registers).body()).select("a[href=\"" + registers + "/" + documentId + "\"]"))
                .as("node B lists it").isNotEmpty();
        Browser.Page download = onB.get(registers + "/" + documentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).hasValue("application/pdf");
        byte[] bytes = download.raw();
        assertThat(bytes).hasSize(((Number) row.get("size_bytes")).intValue());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(RegisterArchive.sha256(new ByteArrayInputStream(bytes))).isEqualTo(sha256);
        // the bytes node A stored are the ones node B serves
        byte[] stored = jdbcB.queryForObject("SELECT content FROM register_file WHERE document_id = ?", byte[].class,
                documentId);
        assertThat(bytes).isEqualTo(stored);

        // the public verification page of node B knows it by its code and by the file itself
        Browser anonymous = new Browser(port(nodeB));
        String byCode = anonymous.get("/verificar?codigo=" + row.get("verification_code")).body();
        assertThat(byCode).contains(sha256);
        Browser.Page byFile = anonymous.postFile("/verificar?_csrf=" + anonymous.get("/verificar").csrfToken(),
                Map.of(), "archivo", "registro.pdf", bytes);
        assertThat(byFile.status()).isEqualTo(200);
        assertThat(byFile.body()).contains(sha256);

        // neither node keeps a copy on its disk
        assertThat(filesUnder(DISKS)).isEmpty();
    }

    private static ConfigurableApplicationContext start(String database, String node) {
        Path disk = DISKS.resolve(node);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IntegrityRiskApplication.class).run(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--server.port=0",
                "--app.demo-data=false",
                "--app.data-dir=" + disk,
                "--app.registers.temp-dir=" + disk.resolve("tmp"),
                "--camunda.bpm.job-execution.enabled=false",
                // the webapps keep JVM-wide state: a second context closing breaks them for the suite's shared one
                "--camunda.bpm.webapp.enabled=false");
        EmbeddedPostgresServer.register(context);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
