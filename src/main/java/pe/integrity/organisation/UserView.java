package pe.integrity.organisation;

import java.util.Set;

/** A user as other modules and screens see them: no password hash. */
public record UserView(
        Long id,
        String username,
        String fullName,
        String email,
        String locale,
        boolean enabled,
        Long entityId,
        String entityName,
        Set<Role> roles) {

    static UserView of(AppUser u) {
        PublicEntity e = u.getEntity();
        return new UserView(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(), u.getLocale(), u.isEnabled(),
                e == null ? null : e.getId(), e == null ? null : e.getName(), Set.copyOf(u.getRoles()));
    }
}
