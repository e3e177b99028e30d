package pe.integrity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/**
 * Camunda's webapps and REST API are for administrators only, over real HTTP (Camunda's servlets and
 * filters only exist in the servlet container). In tests the engine has a generated name, not "default".
 */
@IntegrationTest
class CamundaAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Test
    void administratorOpensCockpitWithTheApplicationLoginAlone() {
        Browser admin = new Browser(port).signedInAs("admin", DemoUsers.PASSWORD);

        Page entry = admin.get("/camunda/app/cockpit/");
        assertThat(entry.status()).isEqualTo(302);
        // Camunda forwards to the first engine registered in this JVM (the default-run smoke test may start one too)
        assertThat(entry.location()).matches("/camunda/app/cockpit/[A-Za-z0-9]+/");

        Page cockpit = admin.get("/camunda/app/cockpit/" + engine.getName() + "/");
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.body()).contains("<base href=\"/camunda/app/cockpit/" + engine.getName() + "/\"");

        // Cockpit's own API sees the same person, with the admin apps, without a Camunda password
        Page me = admin.get("/camunda/api/admin/auth/user/" + engine.getName());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"admin\"").contains("cockpit");
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId("admin")
                        .memberOfGroup(Groups.CAMUNDA_ADMIN)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void otherRolesAndAnonymousNeverReachCamundasWebapps() {
        for (String user : new String[] {"conductor.miraflores", "sip.revisor", "auditor"}) {
            Browser browser = new Browser(port).signedInAs(user, DemoUsers.PASSWORD);
            assertThat(browser.get("/camunda/app/cockpit/" + engine.getName() + "/").status()).as(user).isEqualTo(403);
            assertThat(browser.get("/camunda/api/admin/auth/user/" + engine.getName()).status()).as(user).isEqualTo(403);
            assertThat(browser.get("/camunda/api/engine/engine/" + engine.getName() + "/process-definition").status())
                    .as(user)
                    .isEqualTo(403);
            // nobody but administrators is ever copied into Camunda's identity tables
            assertThat(engine.getIdentityService().createUserQuery().userId(user).count()).isZero();
        }
        Page anonymous = new Browser(port).get("/camunda/app/cockpit/" + engine.getName() + "/");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).isEqualTo("/login");
    }

    @Test
    void restApiTakesAdministratorsByHttpBasicOnly() {
        Browser browser = new Browser(port);

        Page admin = browser.getWithBasic("/engine-rest/engine", "admin", DemoUsers.PASSWORD);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("\"name\":\"" + engine.getName() + "\"");

        assertThat(browser.getWithBasic("/engine-rest/engine", "conductor.miraflores", DemoUsers.PASSWORD).status())
                .isEqualTo(403);
        assertThat(browser.getWithBasic("/engine-rest/engine", "admin", "wrong-password").status())
                .isEqualTo(401);
        Page anonymous = browser.get("/engine-rest/engine");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void restApiIgnoresBrowserSessionsSoNoCookieCanBeRidden() {
        Browser admin = new Browser(port).signedInAs("admin", DemoUsers.PASSWORD);
        assertThat(admin.get("/engine-rest/engine").status()).isEqualTo(401);
    }
}
