package pe.integrity.organisation;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrganisationUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    OrganisationUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username)
                .map(OrganisationUserDetailsService::toCurrentUser)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** The account as it is now, by id (API tokens name their owner by id). */
    @Transactional(readOnly = true)
    public java.util.Optional<CurrentUser> byId(Long id) {
        return users.findById(id).map(OrganisationUserDetailsService::toCurrentUser);
    }

    static CurrentUser toCurrentUser(AppUser u) {
        PublicEntity entity = u.getEntity();
        return new CurrentUser(
                u.getId(),
                u.getUsername(),
                u.getPasswordHash(),
                u.getFullName(),
                u.getEmail(),
                u.getLocale(),
                entity == null ? null : entity.getId(),
                entity == null ? null : entity.getName(),
                u.getRoles(),
                u.isEnabled());
    }
}
