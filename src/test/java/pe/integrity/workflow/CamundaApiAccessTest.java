package pe.integrity.workflow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void administratorWithHttpBasicPassesSecurity() throws Exception {
        // the Jersey servlet is not part of MockMvc, so passing security ends in a 404 here
        mvc.perform(get(ENGINE_REST + "/engine").servletPath(ENGINE_REST).with(httpBasic("admin", "demo12345")))
                .andExpect(status().isNotFound());
    }
}
