package pe.integrity.organisation;

import pe.integrity.shared.Versions;
import pe.integrity.shared.NotFoundException;
import pe.integrity.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and maintains users, their entity and roles. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private static final PasswordPolicy PASSWORDS = PasswordPolicy.bundled();

    private final AppUserRepository users;
    private final PublicEntityRepository entities;
    private final PasswordEncoder passwordEncoder;
    private final UserSessions sessions;
    private final LoginThrottle throttle;

    UserDirectory(
            AppUserRepository users,
            PublicEntityRepository entities,
            PasswordEncoder passwordEncoder,
            UserSessions sessions,
            LoginThrottle throttle) {
        this.users = users;
        this.entities = entities;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    public List<UserView> all() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserView::of).toList();
    }

    /** One page of all users by username, with entity and roles: three statements whatever the number of users. */
    public Page<UserView> page(int page, int size) {
        return users.findPage(PageRequest.of(Math.max(page, 0), size, Sort.by("username"))).map(UserView::of);
    }

    public List<UserView> ofEntity(Long entityId) {
        return users.findByEntityIdOrderByFullNameAsc(entityId).stream().map(UserView::of).toList();
    }

    /** Enabled users of an entity holding a role: whom to notify of a task of that role. */
    public List<UserView> ofEntityWithRole(Long entityId, Role role) {
        return ofEntity(entityId).stream().filter(u -> u.enabled() && u.roles().contains(role)).toList();
    }

    /** Enabled holders of a global role (SIP reviewers, administrators): whom to notify across entities. */
    public List<UserView> enabledWithRole(Role role) {
        return users.findEnabledWithRole(role).stream().map(UserView::of).toList();
    }

    public Optional<UserView> find(Long id) {
        return users.findById(id).map(UserView::of);
    }

    public Optional<UserView> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(UserView::of);
    }

    public boolean isEmpty() {
        return users.count() == 0;
    }

    /** The edit form of an existing user, with the version it was read at. */
    public Optional<UserForm> formOf(Long id) {
        return users.findById(id).map(u -> {
            UserForm f = new UserForm();
            f.setUsername(u.getUsername());
            f.setFullName(u.getFullName());
            f.setEmail(u.getEmail());
            f.setLocale(u.getLocale());
            f.setEnabled(u.isEnabled());
            f.setEntityId(u.getEntity() == null ? null : u.getEntity().getId());
            f.setRoles(u.getRoles());
            f.setVersion(u.getVersion());
            return f;
        });
    }

    @Transactional
    public UserView create(UserForm form) {
        return create(form, true);
    }

    /** The demo users' shared, documented password is common on purpose: only demo data skips the password rules. */
    @Transactional
    UserView createDemoUser(UserForm form) {
        return create(form, false);
    }

    private UserView create(UserForm form, boolean checkPassword) {
        if (users.existsByUsernameIgnoreCase(form.getUsername())
                || pe.integrity.shared.SystemActor.USERNAME.equalsIgnoreCase(form.getUsername())) {
            // the system's own name in the journal and the registers is never a person's
            throw new InvalidInputException("username", "user.username.taken");
        }
        PublicEntity entity = checkedEntity(form);
        if (checkPassword) {
            requirePassword("password", form.getPassword(), form.getUsername(), entity);
        }
        AppUser user = new AppUser(form.getUsername(), passwordEncoder.encode(form.getPassword()));
        user.update(form.getFullName(), form.getEmail(), form.getLocale(), form.isEnabled(), entity, form.getRoles());
        return UserView.of(users.save(user));
    }

    @Transactional
    public UserView update(Long id, UserForm form) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        Versions.requireCurrent(form.getVersion(), user.getVersion(), AppUser.class, id);
        PublicEntity entity = checkedEntity(form);
        boolean passwordReset = form.getPassword() != null && !form.getPassword().isEmpty();
        if (passwordReset) {
            requirePassword("password", form.getPassword(), user.getUsername(), entity);
            user.changePassword(passwordEncoder.encode(form.getPassword()));
        }
        boolean accessChanged = passwordReset
                || user.isEnabled() != form.isEnabled()
                || !Objects.equals(entityIdOf(user), form.getEntityId())
                || !user.getRoles().equals(form.getRoles());
        user.update(form.getFullName(), form.getEmail(), form.getLocale(), form.isEnabled(), entity, form.getRoles());
        if (accessChanged) {
            // an open session carries the old entity and roles: it must not outlive the change (on any node)
            sessions.endAllOfAfterCommit(user.getUsername());
        }
        return UserView.of(user);
    }

    private static Long entityIdOf(AppUser user) {
        return user.getEntity() == null ? null : user.getEntity().getId();
    }

    /** Entity roles need exactly one entity; a user with only global roles has none. */
    private PublicEntity checkedEntity(UserForm form) {
        Set<Role> roles = form.getRoles();
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "user.roles.required");
        }
        boolean entityRoles = roles.stream().anyMatch(Role::isEntityScoped);
        boolean globalRoles = roles.stream().anyMatch(r -> !r.isEntityScoped());
        if (entityRoles && globalRoles) {
            throw new InvalidInputException("roles", "user.roles.mixed");
        }
        if (entityRoles && form.getEntityId() == null) {
            throw new InvalidInputException("entityId", "user.entity.required");
        }
        if (!entityRoles && form.getEntityId() != null) {
            throw new InvalidInputException("entityId", "user.entity.forbidden");
        }
        if (form.getEntityId() == null) {
            return null;
        }
        return entities.findById(form.getEntityId())
                .orElseThrow(() -> new InvalidInputException("entityId", "entity.parent.unknown"));
    }

    /**
     * A person changes their own password, proving it is them with the current one. Their other sessions end; the
     * one they are using stays. A wrong current password counts as a failed sign-in ({@link LoginThrottle}), so a
     * borrowed session cannot be used to guess it.
     *
     * @param clientAddress the request's client address, for the throttle
     * @param keepSession the id of the session making the change
     */
    @Transactional
    public void changeOwnPassword(Long userId, PasswordChangeForm form, String clientAddress, String keepSession) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        if (throttle.pausedFor(user.getUsername(), clientAddress).isPresent()) {
            throw new InvalidInputException("currentPassword", "account.password.paused");
        }
        if (form.getCurrentPassword() == null || !passwordEncoder.matches(form.getCurrentPassword(), user.getPasswordHash())) {
            throttle.failedBySignedInUser(user.getUsername());
            throw new InvalidInputException("currentPassword", "account.password.wrongCurrent");
        }
        requirePassword("newPassword", form.getNewPassword(), user.getUsername(), user.getEntity());
        if (!form.getNewPassword().equals(form.getConfirmation())) {
            throw new InvalidInputException("confirmation", "account.password.mismatch");
        }
        user.changePassword(passwordEncoder.encode(form.getNewPassword()));
        sessions.endAllOfAfterCommit(user.getUsername(), keepSession);
    }

    private static void requirePassword(String field, String password, String username, PublicEntity entity) {
        PASSWORDS.problem(password, username,
                        entity == null ? null : entity.getName(),
                        entity == null ? null : entity.getAcronym())
                .ifPresent(code -> {
                    throw new InvalidInputException(field, code);
                });
    }
}
