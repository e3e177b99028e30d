package pe.integrity.organisation;

import pe.integrity.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo users for every role in two entities (default run and tests), and in production the first
 * administrator from the environment. Runs only on a database without users, so it never overwrites.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

    /** Shared password of all demo users; README lists them. Never enabled in the postgres profile by default. */
    static final String DEMO_PASSWORD = "demo12345";

    static final String MIRAFLORES = "Municipalidad Distrital de Miraflores";
    static final String CUSCO = "Gobierno Regional de Cusco";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserDirectory users;
    private final PublicEntityRepository entities;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;

    DemoData(
            UserDirectory users,
            PublicEntityRepository entities,
            @Value("${app.demo-data:false}") boolean demo,
            @Value("${app.initial-admin.username:}") String adminUsername,
            @Value("${app.initial-admin.password:}") String adminPassword) {
        this.users = users;
        this.entities = entities;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            return;
        }
        if (!adminUsername.isBlank() && !adminPassword.isBlank()) {
            try {
                users.create(form(adminUsername, "Administrador", null, EnumSet.of(Role.ADMIN), adminPassword));
            } catch (InvalidInputException e) {
                // a clear line in the log instead of a stack trace with a message code
                throw new IllegalStateException("APP_ADMIN_USERNAME/APP_ADMIN_PASSWORD refused (" + e.code()
                        + "): the password needs 8 characters to 72 bytes, not a common one nor the user name");
            }
            log.info("Created the initial administrator '{}'", adminUsername);
        }
        if (demo) {
            createDemoUsers();
        }
    }

    private void createDemoUsers() {
        create("admin", "Administración de la plataforma", null, Role.ADMIN);
        create("sip.revisor", "Rosa Quispe (SIP)", null, Role.SIP_REVIEWER);
        create("auditor", "Carlos Mendoza (OCI)", null, Role.AUDITOR);
        entityUsers("miraflores", MIRAFLORES, List.of("Ana Torres", "Luis Paredes", "María Huamán", "Jorge Salas"));
        entityUsers("cusco", CUSCO, List.of("Elena Condori", "Pedro Mamani", "Julia Ccori", "Raúl Vargas"));
        log.info("Demo users created; password for all: {}", DEMO_PASSWORD);
    }

    private void entityUsers(String suffix, String entityName, List<String> names) {
        Long entityId = entities.findAllByOrderByNameAsc().stream()
                .filter(e -> e.getName().equals(entityName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("seed entity missing: " + entityName))
                .getId();
        create("alta." + suffix, names.get(0), entityId, Role.ALTA_DIRECCION);
        create("conductor." + suffix, names.get(1), entityId, Role.CONDUCTOR);
        create("tecnico." + suffix, names.get(2), entityId, Role.TECNICO);
        create("consultivo." + suffix, names.get(3), entityId, Role.CONSULTIVO);
    }

    private void create(String username, String fullName, Long entityId, Role role) {
        users.createDemoUser(form(username, fullName, entityId, EnumSet.of(role), DEMO_PASSWORD));
    }

    private static UserForm form(String username, String fullName, Long entityId, Set<Role> roles, String password) {
        UserForm f = new UserForm();
        f.setUsername(username);
        f.setFullName(fullName);
        f.setEmail(username + "@demo.integridad.pe");
        f.setEntityId(entityId);
        f.setRoles(roles);
        f.setPassword(password);
        return f;
    }
}
