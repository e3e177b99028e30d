package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/** Health is public and UP; metrics are for administrators (browser session or a scraper's HTTP Basic). */
@IntegrationTest
class ActuatorAccessTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsPublicUpAndKeepsItsDetailsForAdministrators() {
        Page anonymous = new Browser(port).header("Accept", "application/json").get("/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components");

        Page admin = new Browser(port).header("Accept", "application/json")
                .getWithBasic("/actuator/health", "admin", DemoUsers.PASSWORD);
        assertThat(admin.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"processEngine\"");

        Page liveness = new Browser(port).header("Accept", "application/json").get("/actuator/health/liveness");
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsAreForAdministratorsOnly() {
        Page scraper = new Browser(port).header("Accept", "text/plain")
                .getWithBasic("/actuator/prometheus", "admin", DemoUsers.PASSWORD);
        assertThat(scraper.status()).isEqualTo(200);
        assertThat(scraper.body()).contains("jvm_memory_used_bytes");

        Browser adminSession = new Browser(port).signedInAs("admin", DemoUsers.PASSWORD);
        assertThat(adminSession.get("/actuator/prometheus").status()).isEqualTo(200);

        for (String user : new String[] {"auditor", "sip.revisor", "conductor.cusco"}) {
            assertThat(new Browser(port).signedInAs(user, DemoUsers.PASSWORD).get("/actuator/prometheus").status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(new Browser(port).getWithBasic("/actuator/prometheus", user, DemoUsers.PASSWORD).status())
                    .as(user + " by Basic")
                    .isEqualTo(403);
        }
        assertThat(new Browser(port).get("/actuator/prometheus").status()).isEqualTo(401);
    }
}
