package pe.integrity.support;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityForm;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserForm;

/**
 * A fresh team (Conductor, Alta Dirección, Técnico, Consultivo) created through the real user directory in a
 * seeded entity no other test uses (or a new one when none is left), so tests never share an entity's
 * assessment period.
 */
public record Team(Long entityId, CurrentUser conductor, CurrentUser alta, CurrentUser tecnico, CurrentUser consultivo) {

    private static final AtomicInteger NEXT = new AtomicInteger();

    public static Team create(EntityDirectory entities, UserDirectory users, UserDetailsService details) {
        int n = NEXT.incrementAndGet();
        // skip the demo entities (Miraflores, Cusco): the demo data and the web tests use them; Wanchaq is the
        // browser walk's (pe.integrity.browser.WholeCycleBrowserTest), whose users are made on screen. An entity
        // without users is one no test has taken (positions by name shift when tests create entities).
        PublicEntity entity = entities.all().stream()
                .filter(e -> !e.getName().contains("Miraflores") && !e.getName().contains("Cusco")
                        && !e.getName().contains("Wanchaq"))
                .sorted(Comparator.comparing(PublicEntity::getId))
                .filter(e -> users.ofEntity(e.getId()).isEmpty())
                .findFirst()
                // the suite uses more teams than the seed has entities: then a new district is created
                .orElseGet(() -> entities.create(testEntity(n)));
        String prefix = "team" + n + ".";
        Long id = entity.getId();
        return new Team(
                id,
                user(users, details, prefix + "conductor", id, Role.CONDUCTOR),
                user(users, details, prefix + "alta", id, Role.ALTA_DIRECCION),
                user(users, details, prefix + "tecnico", id, Role.TECNICO),
                user(users, details, prefix + "consultivo", id, Role.CONSULTIVO));
    }

    private static EntityForm testEntity(int n) {
        EntityForm f = new EntityForm();
        f.setType(EntityType.DISTRICT_MUNICIPALITY);
        f.setName("Municipalidad Distrital de Prueba " + n);
        f.setAcronym("MD Prueba " + n);
        f.setDepartment("Lima");
        f.setSector("Gobiernos Locales");
        return f;
    }

    private static CurrentUser user(UserDirectory users, UserDetailsService details, String username, Long entityId,
            Role role) {
        UserForm f = new UserForm();
        f.setUsername(username);
        f.setFullName("Persona " + username);
        f.setEmail(username + "@test.integridad.pe");
        f.setEntityId(entityId);
        f.setRoles(EnumSet.of(role));
        f.setPassword("secret-" + username);
        users.create(f);
        return (CurrentUser) details.loadUserByUsername(username);
    }
}
