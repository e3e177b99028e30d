package pe.integrity.support;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityForm;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserForm;

/**
 * Entities in a department and a sector of their own, made through the real directories, so a test that counts or
 * launches by department sees only its own entities whatever the rest of the suite seeded. Each entity gets one user
 * per role asked for. An entity made without users may be taken by {@link Team} for another test: give each at least
 * one user (e.g. a Técnico for one without a Conductor).
 */
public final class Territory {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final EntityDirectory entities;
    private final UserDirectory users;
    private final UserDetailsService details;
    private final String prefix;
    private final String department;
    private final String sector;
    private int count;

    private Territory(EntityDirectory entities, UserDirectory users, UserDetailsService details, String label) {
        this.entities = entities;
        this.users = users;
        this.details = details;
        int n = NEXT.incrementAndGet();
        this.prefix = "t" + n + System.nanoTime() % 100_000;
        this.department = label + " " + prefix;
        this.sector = "Sector " + label + " " + prefix;
    }

    public static Territory fresh(EntityDirectory entities, UserDirectory users, UserDetailsService details,
            String label) {
        return new Territory(entities, users, details, label);
    }

    public String department() {
        return department;
    }

    public String sector() {
        return sector;
    }

    /** An active entity of this territory with one user per role; returns its id. */
    public Long entity(String name, EntityType type, Role... roles) {
        return create(name, type, true, roles);
    }

    /** An inactive entity; give it a user, or {@code Team} may take it for a test of its own. */
    public Long inactiveEntity(String name, EntityType type, Role... roles) {
        return create(name, type, false, roles);
    }

    /** The Conductor of an entity made here (with {@link Role#CONDUCTOR}). */
    public CurrentUser conductor(Long entityId) {
        return (CurrentUser) details.loadUserByUsername(username(entityId, Role.CONDUCTOR));
    }

    public String username(Long entityId, Role role) {
        return prefix + "e" + entityId + "." + role.name().toLowerCase();
    }

    private Long create(String name, EntityType type, boolean active, Role... roles) {
        EntityForm f = new EntityForm();
        f.setType(type);
        f.setName(name + " " + prefix + "-" + (++count));
        f.setAcronym(name.length() > 20 ? name.substring(0, 20) : name);
        f.setDepartment(department);
        f.setSector(sector);
        f.setActive(active);
        Long id = entities.create(f).getId();
        for (Role role : roles) {
            UserForm u = new UserForm();
            u.setUsername(username(id, role));
            u.setFullName("Persona " + username(id, role));
            u.setEmail(username(id, role) + "@test.integridad.pe");
            u.setEntityId(id);
            u.setRoles(EnumSet.of(role));
            u.setPassword("secret-" + username(id, role));
            users.create(u);
        }
        return id;
    }
}
