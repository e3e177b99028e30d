package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DefaultEmbeddedDatabase;
import pe.integrity.support.DemoUsers;

/**
 * The default run ({@code ./mvnw spring-boot:run}): the application starts its own embedded PostgreSQL 17 with
 * its data under the data directory, demo users, a real server. Over real HTTP a demo user signs in with the
 * form's CSRF token, health is UP, every page a demo user sees travels gzipped and under 100 KB even with 2,000
 * entities in the selects, and the national register (PostgreSQL-only SQL) downloads.
 */
@DefaultEmbeddedDatabase
// the job executor runs as on the default run (the other tests drive jobs themselves): the export is its job
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class DefaultEmbeddedRunSmokeTest {

    static final Path DATA_DIR =
            Path.of("target", "smoke-data-" + UUID.randomUUID()).toAbsolutePath();
    static final int MAX_TRANSFER = 100 * 1024;
    /** server.compression.min-response-size: smaller answers are not worth compressing. */
    static final int MIN_COMPRESSED = 1024;
    static final String LOAD_PREFIX = "Municipalidad Distrital de Carga ";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("app.data-dir", DATA_DIR::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    @Value("${app.base-url}")
    String baseUrl;

    @Test
    @Order(1)
    void runsOnItsOwnEmbeddedPostgres17InTheDataDirectoryBuiltByLiquibase() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
            assertThat(connection.getMetaData().getURL()).endsWith("/" + DefaultRunDatabase.DATABASE + "?user=postgres");
        }
        // the server's files are those of the data directory, not of a temporary one
        assertThat(jdbc.queryForObject("SHOW data_directory", String.class))
                .isEqualTo(DATA_DIR.resolve("postgres").toString());
        assertThat(Files.readString(DATA_DIR.resolve("postgres/PG_VERSION")).trim()).isEqualTo("17");
        assertThat(jdbc.queryForObject("SHOW listen_addresses", String.class)).isEqualTo("localhost");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
                                + " AND table_name LIKE 'act\\_%' ESCAPE '\\'",
                        Integer.class))
                .isGreaterThanOrEqualTo(49);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM public_entity WHERE name NOT LIKE ?", Integer.class, LOAD_PREFIX + "%"))
                .isEqualTo(77);
        assertThat(jdbc.queryForList("SELECT username FROM app_user", String.class))
                .contains("admin", "sip.revisor", "auditor", "conductor.miraflores", "tecnico.cusco");
    }

    @Test
    @Order(2)
    void aDemoUserSignsInOverHttpAndHealthIsUp() {
        Browser browser = new Browser(port);
        Page login = browser.get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(Jsoup.parse(login.body()).select("form[action=/login] input[name=_csrf]").val()).isNotBlank();

        Page answer = browser.login("conductor.miraflores", DemoUsers.PASSWORD);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).isEqualTo("/");
        Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).select("h1").text()).isEqualTo("Bienvenido(a), Luis Paredes");

        Page health = new Browser(port).header("Accept", "application/json").get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    @Order(3)
    void everyPageADemoUserSeesTravelsGzippedUnder100Kb() {
        addEntitiesUpTo(2_000);
        long miraflores = jdbc.queryForObject("SELECT id FROM public_entity WHERE name = ?", Long.class, DemoUsers.MIRAFLORES);
        long someUser = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'conductor.cusco'", Long.class);

        Map<String, Page> pages = new LinkedHashMap<>();
        Browser anonymous = gzipBrowser();
        pages.put("login", anonymous.get("/login"));
        pages.put("app.css", anonymous.get("/css/app.css"));
        Browser entityUser = gzipBrowser().signedInAs("conductor.miraflores", DemoUsers.PASSWORD);
        pages.put("home (conductor)", entityUser.get("/"));
        pages.put("entity page (conductor)", entityUser.get("/entities/" + miraflores));
        long cusco = jdbc.queryForObject("SELECT id FROM public_entity WHERE name = ?", Long.class, DemoUsers.CUSCO);
        pages.put("403 page (conductor)", entityUser.get("/entities/" + cusco));
        Browser sip = gzipBrowser().signedInAs("sip.revisor", DemoUsers.PASSWORD);
        pages.put("home (SIP)", sip.get("/"));
        pages.put("entity list (SIP)", sip.get("/entities"));
        Browser admin = gzipBrowser().signedInAs("admin", DemoUsers.PASSWORD);
        pages.put("home (admin)", admin.get("/"));
        pages.put("entity list (admin)", admin.get("/entities"));
        pages.put("entity page (admin)", admin.get("/entities/" + miraflores));
        pages.put("new entity form", admin.get("/admin/entities/new"));
        pages.put("edit entity form", admin.get("/admin/entities/" + miraflores + "/edit"));
        pages.put("user list", admin.get("/admin/users"));
        pages.put("new user form", admin.get("/admin/users/new"));
        pages.put("edit user form", admin.get("/admin/users/" + someUser + "/edit"));
        pages.put("404 page", admin.get("/no-existe"));

        List<String> report = new ArrayList<>();
        pages.forEach((what, page) -> {
            int plain = page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            report.add(String.format("%-26s %4d  %7d bytes -> %6d bytes on the wire%s", what, page.status(), plain,
                    page.transferredBytes(), page.gzipped() ? " (gzip)" : ""));
            assertThat(page.status()).as(what).isIn(200, 403, 404);
            assertThat(page.transferredBytes()).as(what).isLessThan(MAX_TRANSFER);
            if (plain >= MIN_COMPRESSED) {
                assertThat(page.gzipped()).as("%s is compressed", what).isTrue();
                assertThat(page.transferredBytes()).as(what).isLessThan(plain);
            }
        });
        System.out.println("Page sizes with " + entityCount() + " entities:\n" + String.join("\n", report));
        // with national data the forms hold no list of every entity: the entity is chosen by a search (issue 11)
        assertThat(Jsoup.parse(pages.get("new user form").body()).select("option"))
                .as("no select of all %d entities", entityCount()).hasSizeLessThan(100);
    }

    @Test
    @Order(4)
    void theStartupMessageGivesTheRealAddress(CapturedOutput output) {
        ReadyBanner banner = new ReadyBanner(baseUrl, "");
        banner.onApplicationEvent(
                new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
        assertThat(output.getOut()).contains("Application ready at http://localhost:" + port + "/");
        assertThat(new ReadyBanner("http://localhost:8080", "").message(8080))
                .isEqualTo("Application ready at http://localhost:8080/");
        assertThat(new ReadyBanner("https://integridad.gob.pe/", "/app").message(8093))
                .isEqualTo("Application ready at http://localhost:8093/app/ (public base URL app.base-url=https://integridad.gob.pe/)");
    }

    @Test
    @Order(5)
    void theNationalRegisterDownloadsOnTheDefaultRun() throws Exception {
        Browser sip = new Browser(port).signedInAs("sip.revisor", DemoUsers.PASSWORD);
        // the period of the demo assessments, as the form offers it
        String period = String.valueOf(jdbc.queryForObject("SELECT max(period_year) FROM assessment", Integer.class));
        assertThat(Jsoup.parse(sip.get("/national").body()).select("select#periodYear option").eachAttr("value"))
                .contains(period);
        Page posted = sip.submit("/national", "/national", Map.of("periodYear", period));
        assertThat(posted.status()).isEqualTo(302);
        String job = posted.location();
        assertThat(job).matches(".*/national/exports/\\d+");
        String jobPath = URI.create(job).getPath();

        await().atMost(Duration.ofSeconds(60)).until(() -> sip.get(jobPath).body().contains(jobPath + "/file"));
        Page file = sip.get(jobPath + "/file");
        assertThat(file.status()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.raw()))) {
            // risk rows under the header: the PostgreSQL-only SQL of the export ran on the default run
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(1);
        }
    }

    private Browser gzipBrowser() {
        return new Browser(port).header("Accept-Encoding", "gzip");
    }

    private int entityCount() {
        return jdbc.queryForObject("SELECT count(*) FROM public_entity", Integer.class);
    }

    /** Synthetic district municipalities with long, realistic names, as many as Peru has obliged entities. */
    private void addEntitiesUpTo(int total) {
        int missing = total - entityCount();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            rows.add(new Object[] {
                "DISTRICT_MUNICIPALITY", LOAD_PREFIX + "San Juan Bautista de la Frontera " + i, "MDC" + i, "Ayacucho",
                "Gobierno local"
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO public_entity (type, name, acronym, department, sector, active, version)"
                        + " VALUES (?, ?, ?, ?, ?, TRUE, 0)",
                rows);
        assertThat(Files.exists(DATA_DIR)).isTrue();
    }
}
