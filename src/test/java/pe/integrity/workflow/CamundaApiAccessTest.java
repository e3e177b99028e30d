package pe.integrity.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.support.IntegrationTest;

/**
 * Camunda's REST API and its webapps' API run in their own servlets (Jersey, mapped to {@code /engine-rest/*}
 * and {@code /camunda/api/...}), not in Spring's DispatcherServlet. The requests here carry those servlet
 * paths, as on a real server: a URL rule that matches only within the DispatcherServlet would let every
 * signed-in user through to the engine.
 */
@IntegrationTest
class CamundaApiAccessTest {

    static final String ENGINE_REST = "/engine-rest";

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Test
    void signedInUserWithoutAdminRoleIsRefused() throws Exception {
        mvc.perform(get(ENGINE_REST + "/user").servletPath(ENGINE_REST).with(user("tecnico.miraflores").roles("TECNICO")))
                .andExpect(status().isForbidden());
    }

    @Test
    void webappApiRefusesSignedInUserWithoutAdminRole() throws Exception {
        mvc.perform(get("/camunda/api/engine/engine/default/user")
                        .servletPath("/camunda/api/engine")
                        .with(user("tecnico.miraflores").roles("TECNICO")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallerIsAskedForCredentialsNotRedirectedToTheLoginForm() throws Exception {
        mvc.perform(get(ENGINE_REST + "/engine").servletPath(ENGINE_REST)).andExpect(status().isUnauthorized());
    }

    /** Over real HTTP, since Camunda's Jersey servlet is not part of MockMvc: the engine itself answers. */
    @Test
    void administratorWithHttpBasicReachesTheEngine() throws Exception {
        HttpResponse<String> admin = engineRest("/engine", "admin", "demo12345");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).as("this application's engine answers").contains("\"name\":\"" + engine.getName() + "\"");
        assertThat(engineRest("/engine", "admin", "wrong-password").statusCode()).isEqualTo(401);
        assertThat(engineRest("/user", "tecnico.miraflores", "demo12345").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> engineRest(String path, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + ENGINE_REST + path))
                        .header("Authorization", "Basic " + basic)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
