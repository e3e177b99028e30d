package pe.integrity.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import java.util.EnumSet;
import java.util.Set;
import pe.integrity.shared.VersionedEntity;

/** A person who signs in. Entity roles need an entity; global roles have none. */
@Entity
@Table(name = "app_user")
class AppUser extends VersionedEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String locale = "es";

    @Column(nullable = false)
    private boolean enabled = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entity_id")
    private PublicEntity entity;

    // a page of users reads the roles of all its users in one query, not one per user
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {}

    AppUser(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    void update(String fullName, String email, String locale, boolean enabled, PublicEntity entity, Set<Role> roles) {
        this.fullName = fullName;
        this.email = email;
        this.locale = locale;
        this.enabled = enabled;
        this.entity = entity;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getFullName() {
        return fullName;
    }

    String getEmail() {
        return email;
    }

    String getLocale() {
        return locale;
    }

    boolean isEnabled() {
        return enabled;
    }

    PublicEntity getEntity() {
        return entity;
    }

    Set<Role> getRoles() {
        return roles;
    }
}
