package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/**
 * Sessions live in PostgreSQL, end when an administrator changes the person's access, and have an absolute
 * lifetime beside the idle timeout. Over real HTTP, as a browser holds its session cookie.
 */
@IntegrationTest
class SessionLifetimeTest {

    private static final String PASSWORD = "clave-de-sesion-1";

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @LocalServerPort
    int port;

    @Test
    void aSignedInSessionIsKeptInTheDatabaseUnderThePersonsName() {
        String username = freshConductor("sesion.guardada");
        new Browser(port).signedInAs(username, PASSWORD).get("/");

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class, username))
                .isEqualTo(1);
    }

    @Test
    void changingAUsersRolesEndsTheirOpenSessionsAtOnce() {
        String username = freshConductor("sesion.rol");
        Browser person = new Browser(port).signedInAs(username, PASSWORD);
        Browser secondBrowser = new Browser(port).signedInAs(username, PASSWORD);
        assertThat(person.get("/").status()).isEqualTo(200);

        Page saved = adminSaves(username, Map.of("roles", "TECNICO", "enabled", "true"));
        assertThat(saved.status()).isEqualTo(302);

        for (Browser browser : new Browser[] {person, secondBrowser}) {
            Page refused = browser.get("/");
            assertThat(refused.status()).isEqualTo(302);
            assertThat(refused.location()).isEqualTo("/login");
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class, username))
                .isZero();

        Page home = new Browser(port).signedInAs(username, PASSWORD).get("/");
        assertThat(Jsoup.parse(home.body()).text()).contains("Técnico (dueño de proceso)").doesNotContain("Conductor (Oficina de Integridad)");
    }

    @Test
    void disablingAUserEndsTheirSessionAndTheyCannotSignInAgain() {
        String username = freshConductor("sesion.baja");
        Browser person = new Browser(port).signedInAs(username, PASSWORD);

        adminSaves(username, Map.of("roles", "CONDUCTOR", "_enabled", "on"));

        assertThat(person.get("/").location()).isEqualTo("/login");
        assertThat(new Browser(port).login(username, PASSWORD).location()).isEqualTo("/login?error");
    }

    @Test
    void editingOnlyTheNameKeepsTheSession() {
        String username = freshConductor("sesion.nombre");
        Browser person = new Browser(port).signedInAs(username, PASSWORD);

        adminSaves(username, Map.of("roles", "CONDUCTOR", "enabled", "true", "fullName", "Nombre Nuevo"));

        assertThat(person.get("/").status()).isEqualTo(200);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverActive() {
        String username = freshConductor("sesion.vieja");
        Browser person = new Browser(port).signedInAs(username, PASSWORD);
        assertThat(person.get("/").status()).isEqualTo(200);

        // nine hours ago, past the default eight, as if the person had kept working all day
        backdate(sessions, sessionId(person), Duration.ofHours(9));

        Page ended = person.get("/");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.location()).isEqualTo("/login?expired");
        assertThat(Jsoup.parse(person.get("/login?expired").body()).select("[role=status]").text())
                .isEqualTo("Su sesión terminó. Inicie sesión de nuevo.");
        assertThat(person.get("/").location()).as("signed out").isEqualTo("/login");
    }

    private static <S extends Session> void backdate(SessionRepository<S> repository, String id, Duration age) {
        S session = repository.findById(id);
        session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, System.currentTimeMillis() - age.toMillis());
        repository.save(session);
    }

    /** Spring Session's cookie holds the session id in Base64. */
    private static String sessionId(Browser browser) {
        String cookie = browser.cookie("SESSION").orElseThrow();
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    /** Saves the user through the administrator's edit form, as the administrator's browser does. */
    private Page adminSaves(String username, Map<String, String> changes) {
        UserView user = users.findByUsername(username).orElseThrow();
        Browser admin = new Browser(port).signedInAs("admin", DemoUsers.PASSWORD);
        String edit = "/admin/users/" + user.id() + "/edit";
        var form = Jsoup.parse(admin.get(edit).body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", "Persona de prueba");
        fields.put("email", username + "@demo.integridad.pe");
        fields.put("locale", "es");
        fields.put("entityId", String.valueOf(user.entityId()));
        fields.put("password", "");
        fields.put("version", form.select("input[name=version]").val());
        fields.putAll(changes);
        return admin.submit(edit, "/admin/users/" + user.id(), fields);
    }

    private String freshConductor(String prefix) {
        String username = prefix + "." + System.nanoTime() % 100000;
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Persona de prueba");
        form.setEmail(username + "@demo.integridad.pe");
        form.setRoles(EnumSet.of(Role.CONDUCTOR));
        form.setEntityId(jdbc.queryForObject(
                "SELECT id FROM public_entity WHERE name = ?", Long.class, DemoUsers.CUSCO));
        form.setPassword(PASSWORD);
        users.create(form);
        return username;
    }
}
