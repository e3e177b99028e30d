package pe.integrity.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserView;

/**
 * Turns candidate groups and roles into enabled people with an address. Groups are the workflow's:
 * {@code entity:42:CONDUCTOR} (that role in that entity) and {@code sip-reviewers}.
 */
@Component
class Recipients {

    private final UserDirectory users;

    Recipients(UserDirectory users) {
        this.users = users;
    }

    /** Enabled members of the groups, each once; {@code keep} narrows a group (e.g. to a process owner). */
    List<Recipient> ofGroups(Collection<String> groups, Predicate<GroupMember> keep) {
        Map<String, UserView> found = new LinkedHashMap<>();
        for (String group : groups) {
            for (UserView u : members(group)) {
                if (keep.test(new GroupMember(group, u))) {
                    found.putIfAbsent(u.username(), u);
                }
            }
        }
        return toRecipients(found.values());
    }

    List<Recipient> ofEntityRole(Long entityId, Role role) {
        return toRecipients(users.ofEntityWithRole(entityId, role));
    }

    /** The entity's users with any of the roles, each once. */
    List<Recipient> ofEntityRoles(Long entityId, Role... roles) {
        Map<String, UserView> found = new LinkedHashMap<>();
        for (Role role : roles) {
            users.ofEntityWithRole(entityId, role).forEach(u -> found.putIfAbsent(u.username(), u));
        }
        return toRecipients(found.values());
    }

    /**
     * The person who answers for something in an entity: the named user when they are an enabled user of that
     * entity, otherwise (a person who is not a user) the entity's Conductors.
     */
    List<Recipient> answerableFor(Long entityId, String username) {
        List<Recipient> named = username == null ? List.of() : toRecipients(users.findByUsername(username)
                .filter(u -> entityId.equals(u.entityId())).stream().toList());
        return named.isEmpty() ? ofEntityRole(entityId, Role.CONDUCTOR) : named;
    }

    /** Enabled holders of any of the global roles, each once. */
    List<Recipient> withGlobalRoles(Role... roles) {
        Map<String, UserView> found = new LinkedHashMap<>();
        for (Role role : roles) {
            users.enabledWithRole(role).forEach(u -> found.putIfAbsent(u.username(), u));
        }
        return toRecipients(found.values());
    }

    private List<UserView> members(String group) {
        if (CurrentUser.SIP_REVIEWERS_GROUP.equals(group)) {
            return users.enabledWithRole(Role.SIP_REVIEWER);
        }
        String[] parts = group.split(":");
        if (parts.length == 3 && parts[0].equals("entity")) {
            try {
                return users.ofEntityWithRole(Long.valueOf(parts[1]), Role.valueOf(parts[2]));
            } catch (IllegalArgumentException e) {
                return List.of();
            }
        }
        return List.of();
    }

    private static List<Recipient> toRecipients(Collection<UserView> views) {
        return views.stream()
                .filter(UserView::enabled)
                .filter(u -> u.email() != null && !u.email().isBlank())
                .map(Recipient::of)
                .toList();
    }

    /** A user found through a candidate group. */
    record GroupMember(String group, UserView user) {

        boolean inRoleGroup(Role role) {
            return group.endsWith(":" + role.name());
        }
    }
}
