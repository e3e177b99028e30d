package pe.integrity.workflow;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import pe.integrity.organisation.Role;

/**
 * Lets Camunda's webapps trust our own login instead of asking for a second password. Only
 * administrators reach {@code /camunda/**} (SecurityConfig), so they enter as Camunda administrators.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication.getName() == null
                || authentication.getAuthorities().stream()
                        .noneMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()))) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = authentication.getName();
        ensureCamundaUser(engine.getIdentityService(), userId);
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    /**
     * The webapps accept only users that Camunda's identity service knows (otherwise they fail with a
     * NullPointerException), while our users live in our own tables: an administrator is added there, without
     * a password, the first time they open a webapp.
     */
    static void ensureCamundaUser(IdentityService identity, String userId) {
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        try {
            identity.saveUser(identity.newUser(userId));
        } catch (ProcessEngineException e) {
            // two first requests at once: the other one created it
            if (identity.createUserQuery().userId(userId).count() == 0) {
                throw e;
            }
        }
    }
}
