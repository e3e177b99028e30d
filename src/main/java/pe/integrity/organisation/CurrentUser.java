package pe.integrity.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the rest of the system sees it: who, in which entity, with which roles.
 *
 * @param entityId null for users with only global roles (SIP, auditors, administrators)
 */
public record CurrentUser(
        Long id,
        String username,
        String passwordHash,
        String fullName,
        String email,
        String locale,
        Long entityId,
        String entityName,
        Set<Role> roles,
        boolean enabled)
        implements UserDetails {

    /** Camunda candidate group of the reviewers at SIP. */
    public static final String SIP_REVIEWERS_GROUP = "sip-reviewers";

    public CurrentUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for SIP reviewers, auditors and administrators: they work across entities. */
    public boolean isGlobalReader() {
        return has(Role.SIP_REVIEWER) || has(Role.AUDITOR) || has(Role.ADMIN);
    }

    /** The group name for an entity role, as used for task assignment: {@code entity:42:CONDUCTOR}. */
    public static String entityGroup(long entityId, Role role) {
        return "entity:" + entityId + ":" + role.name();
    }

    /** Groups this user belongs to for task assignment; entity-scoped so no one sees another entity's tasks. */
    public List<String> candidateGroups() {
        List<String> groups = new ArrayList<>();
        for (Role role : roles) {
            if (role.isEntityScoped() && entityId != null) {
                groups.add(entityGroup(entityId, role));
            }
        }
        if (has(Role.SIP_REVIEWER)) {
            groups.add(SIP_REVIEWERS_GROUP);
        }
        return groups;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the hash in logs. */
    @Override
    public String toString() {
        return "CurrentUser[" + username + ", entity=" + entityId + ", roles=" + roles + "]";
    }
}
