package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/**
 * Password rules through the screens, over real HTTP: the administrator's user form refuses weak and too long
 * passwords with a message (never a 500), and every person changes their own password with the current one.
 */
@IntegrationTest
class PasswordRulesTest {

    private static final String PASSWORD = "clave-de-inicio-7";

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "12345678 | Esa contraseña es de las más usadas",
        "password | Esa contraseña es de las más usadas",
        "'        ' | Escriba una contraseña que no sea solo espacios.",
        "nuevo.usuario.prueba | La contraseña no puede ser el nombre de usuario",
        "GORE Cusco 2026 | La contraseña no puede ser el nombre de usuario ni el nombre o la sigla de la entidad",
        "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé | La contraseña no puede pasar de 72 bytes",
    })
    void theUserFormRefusesWeakPasswordsWithAMessageAndSavesNothing(String password, String message) {
        Browser admin = new Browser(port).signedInAs("admin", DemoUsers.PASSWORD);
        Integer before = jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", "nuevo.usuario.prueba");
        fields.put("fullName", "Nuevo Usuario");
        fields.put("email", "nuevo.usuario@demo.integridad.pe");
        fields.put("locale", "es");
        fields.put("enabled", "true");
        fields.put("entityId", entityId(DemoUsers.CUSCO).toString());
        fields.put("roles", "TECNICO");
        fields.put("password", password);

        Page answer = admin.submit("/admin/users/new", "/admin/users", fields);

        assertThat(answer.status()).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("#password-error").text()).startsWith(message);
        assertThat(page.select(".error-summary a[href=#password]")).hasSize(1);
        assertThat(answer.body()).doesNotContain("Exception", "BCrypt");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class)).isEqualTo(before);
    }

    @Test
    void aLongPassphraseIsAccepted() {
        Browser admin = new Browser(port).signedInAs("admin", DemoUsers.PASSWORD);
        String username = "frase.larga." + System.nanoTime() % 100000;
        Page answer = admin.submit("/admin/users/new", "/admin/users", Map.of(
                "username", username, "fullName", "Frase Larga", "email", username + "@demo.integridad.pe",
                "locale", "es", "enabled", "true", "roles", "AUDITOR",
                "password", "el cóndor pasa sobre el valle sagrado de los incas"));
        assertThat(answer.status()).isEqualTo(302);
        new Browser(port).signedInAs(username, "el cóndor pasa sobre el valle sagrado de los incas");
    }

    @Test
    void aPersonChangesTheirOwnPasswordWithTheCurrentOneAndTheirOtherSessionsEnd() {
        String username = freshUser("cambia.clave");
        Browser here = new Browser(port).signedInAs(username, PASSWORD);
        Browser elsewhere = new Browser(port).signedInAs(username, PASSWORD);
        assertThat(Jsoup.parse(here.get("/").body()).select("header a[href=/account/password]").text())
                .isEqualTo("Mi contraseña");

        Page changed = here.submit("/account/password", "/account/password", Map.of(
                "currentPassword", PASSWORD,
                "newPassword", "tres palabras bastante largas",
                "confirmation", "tres palabras bastante largas"));

        assertThat(changed.status()).isEqualTo(302);
        assertThat(Jsoup.parse(here.get(changed.location()).body()).select("[role=status]").text())
                .isEqualTo("Su contraseña fue cambiada. Sus otras sesiones se cerraron.");
        assertThat(here.get("/").status()).as("this session stays").isEqualTo(200);
        assertThat(elsewhere.get("/").location()).as("the other one ends").isEqualTo("/login");
        assertThat(new Browser(port).login(username, PASSWORD).location()).isEqualTo("/login?error");
        new Browser(port).signedInAs(username, "tres palabras bastante largas");
    }

    @Test
    void aWrongCurrentPasswordOrADifferentConfirmationChangesNothing() {
        String username = freshUser("clave.intacta");
        Browser person = new Browser(port).signedInAs(username, PASSWORD);
        String hash = hashOf(username);

        Document wrong = Jsoup.parse(person.submit("/account/password", "/account/password", Map.of(
                        "currentPassword", "no-es-la-actual", "newPassword", "otra clave bien larga",
                        "confirmation", "otra clave bien larga"))
                .body());
        assertThat(wrong.select("#currentPassword-error").text()).isEqualTo("La contraseña actual no es correcta.");
        assertThat(wrong.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);

        Document mismatch = Jsoup.parse(person.submit("/account/password", "/account/password", Map.of(
                        "currentPassword", PASSWORD, "newPassword", "otra clave bien larga",
                        "confirmation", "otra clave bien corta"))
                .body());
        assertThat(mismatch.select("#confirmation-error").text()).isEqualTo("Las dos contraseñas nuevas no coinciden.");

        Document common = Jsoup.parse(person.submit("/account/password", "/account/password", Map.of(
                        "currentPassword", PASSWORD, "newPassword", "qwerty123", "confirmation", "qwerty123"))
                .body());
        assertThat(common.select("#newPassword-error").text()).startsWith("Esa contraseña es de las más usadas");

        assertThat(hashOf(username)).isEqualTo(hash);
        assertThat(person.get("/").status()).isEqualTo(200);
    }

    private String hashOf(String username) {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, username);
    }

    private Long entityId(String name) {
        return jdbc.queryForObject("SELECT id FROM public_entity WHERE name = ?", Long.class, name);
    }

    private String freshUser(String prefix) {
        String username = prefix + "." + System.nanoTime() % 100000;
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Persona de prueba");
        form.setEmail(username + "@demo.integridad.pe");
        form.setRoles(EnumSet.of(Role.CONSULTIVO));
        form.setEntityId(entityId(DemoUsers.MIRAFLORES));
        form.setPassword(PASSWORD);
        users.create(form);
        return username;
    }
}
