package pe.integrity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import pe.integrity.support.IntegrationTest;

/**
 * An administrator signed in to the application enters Cockpit without a second password. Camunda's
 * webapps build their session only for users its identity service knows; ours live in our own tables.
 */
@IntegrationTest
class CamundaWebappLoginTest {

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signedInAdministratorGetsACamundaSessionWithCockpit() {
        signIn("ops.admin", "ROLE_ADMIN");

        AuthenticationResult result =
                new SpringSecurityAuthenticationProvider().extractAuthenticatedUser(new MockHttpServletRequest(), engine);

        assertThat(result.isAuthenticated()).isTrue();
        // what ContainerBasedAuthenticationFilter does next; null here was a NullPointerException in the filter
        UserAuthentication session = AuthenticationUtil.createAuthentication(
                engine, result.getAuthenticatedUser(), result.getGroups(), List.of());
        assertThat(session).isNotNull();
        assertThat(session.getIdentityId()).isEqualTo("ops.admin");
        assertThat(session.getAuthorizedApps()).contains("cockpit", "admin", "tasklist");
        // with no camunda-admin member the webapps redirect everyone to their first-user setup page
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId("ops.admin")
                        .memberOfGroup(SpringSecurityAuthenticationProvider.CAMUNDA_ADMIN_GROUP)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void secondVisitReusesTheCamundaUserAndMembership() {
        signIn("ops.again", "ROLE_ADMIN");
        SpringSecurityAuthenticationProvider provider = new SpringSecurityAuthenticationProvider();

        provider.extractAuthenticatedUser(new MockHttpServletRequest(), engine);
        provider.extractAuthenticatedUser(new MockHttpServletRequest(), engine);

        assertThat(engine.getIdentityService().createUserQuery().userId("ops.again").count()).isEqualTo(1);
        assertThat(engine.getIdentityService().createGroupQuery().groupMember("ops.again").count()).isEqualTo(1);
    }

    @Test
    void nonAdministratorIsNotLetIn() {
        signIn("auditor", "ROLE_AUDITOR");

        AuthenticationResult result =
                new SpringSecurityAuthenticationProvider().extractAuthenticatedUser(new MockHttpServletRequest(), engine);

        assertThat(result.isAuthenticated()).isFalse();
        assertThat(engine.getIdentityService().createUserQuery().userId("auditor").count()).isZero();
    }

    private static void signIn(String username, String authority) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority(authority))));
    }
}
