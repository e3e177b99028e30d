package pe.integrity.workflow;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
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
        ensureCamundaAdministrator(engine.getIdentityService(), userId);
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    /**
     * The webapps accept only users that Camunda's identity service knows (otherwise they fail with a
     * NullPointerException), and send everyone to their first-user setup page while no user belongs to
     * {@code camunda-admin}. Our users live in our own tables, so an administrator is added there, without a
     * password, the first time they open a webapp.
     */
    static void ensureCamundaAdministrator(IdentityService identity, String userId) {
        retryingOnce(() -> identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() > 0, () -> {
            Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
            group.setName("Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        });
        retryingOnce(() -> identity.createUserQuery().userId(userId).count() > 0,
                () -> identity.saveUser(identity.newUser(userId)));
        retryingOnce(
                () -> identity.createUserQuery().userId(userId).memberOfGroup(CAMUNDA_ADMIN_GROUP).count() > 0,
                () -> identity.createMembership(userId, CAMUNDA_ADMIN_GROUP));
    }

    /** Creates what is missing; if a concurrent first request created it meanwhile, that is fine. */
    private static void retryingOnce(BooleanSupplier exists, Runnable create) {
        if (exists.getAsBoolean()) {
            return;
        }
        try {
            create.run();
        } catch (ProcessEngineException e) {
            if (!exists.getAsBoolean()) {
                throw e;
            }
        }
    }
}
