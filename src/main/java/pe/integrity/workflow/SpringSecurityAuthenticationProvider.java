package pe.integrity.workflow;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import pe.integrity.organisation.Role;

/**
 * Lets Camunda's webapps trust our own login instead of asking for a second password. Only administrators
 * reach {@code /camunda/**} (SecurityConfig); this checks the role again so a mistake in the URL rules does
 * not open Cockpit to everyone.
 *
 * <p>Camunda's webapps only accept a user that exists in Camunda's identity tables (otherwise the filter
 * fails, and Cockpit would send the first visitor to its "create the first admin" page), so an administrator
 * is added there with membership of {@code camunda-admin} on first visit. That user has no password: nobody
 * can sign in to Camunda other than through this application.
 */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    static final String CAMUNDA_ADMIN_GROUP = Groups.CAMUNDA_ADMIN;

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || !isAdmin(authentication)) {
            return AuthenticationResult.unsuccessful();
        }
        String username = authentication.getName();
        ensureCamundaAdmin(engine.getIdentityService(), username);
        AuthenticationResult result = AuthenticationResult.successful(username);
        result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        return result;
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }

    /** Synchronized: Cockpit fires several requests at once on its first load. */
    static synchronized void ensureCamundaAdmin(IdentityService identity, String username) {
        if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
            Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
            group.setName("Camunda BPM Administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName(username);
            user.setLastName("");
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(CAMUNDA_ADMIN_GROUP).count() == 0) {
            identity.createMembership(username, CAMUNDA_ADMIN_GROUP);
        }
    }
}
