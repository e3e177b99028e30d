package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/** Signing in and out through the real form, generic failures, and CSRF on every state-changing POST. */
@IntegrationTest
class LoginTest {

    private static final String DISABLED_PASSWORD = "clave-de-cuenta-desactivada";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void demoUserSignsInThroughTheFormAndReachesTheirHomePage() throws Exception {
        MvcResult login = mvc.perform(formLogin().user("conductor.miraflores").password(DemoUsers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("conductor.miraflores").withRoles("CONDUCTOR"))
                .andReturn();

        // the session lives in PostgreSQL (Spring Session): the browser carries only its cookie
        String home = mvc.perform(get("/").cookie(login.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(home).select("h1").text()).isEqualTo("Bienvenido(a), Luis Paredes");
    }

    @Test
    void usernamesAreCaseInsensitive() throws Exception {
        mvc.perform(formLogin().user("SIP.Revisor").password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername("sip.revisor"));
    }

    @Test
    void wrongPasswordUnknownUserAndDisabledAccountGetTheSameGenericMessage() {
        createDisabledUser("disabled.login");
        List<String> messages = new java.util.ArrayList<>();
        for (String[] attempt : new String[][] {
            {"conductor.miraflores", "not-the-password"},
            {"nobody.here", DemoUsers.PASSWORD},
            {"disabled.login", DISABLED_PASSWORD}
        }) {
            Browser browser = new Browser(port);
            Page answer = browser.login(attempt[0], attempt[1]);
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.location()).as(attempt[0]).isEqualTo("/login?error");
            Page page = browser.get(answer.location());
            assertThat(page.body()).doesNotContain("Bad credentials", "disabled", "not found", attempt[0]);
            messages.add(Jsoup.parse(page.body()).select(".error-summary").text());
            assertThat(browser.get("/").location()).as("still signed out").isEqualTo("/login");
        }
        assertThat(messages).containsOnly("Usuario o contraseña incorrectos.");

        Page english = new Browser(port).get("/login?error&lang=en");
        assertThat(Jsoup.parse(english.body()).select(".error-summary").text()).isEqualTo("Wrong username or password.");
    }

    @Test
    void signingInGivesANewSessionId() {
        Browser browser = new Browser(port);
        browser.get("/login");
        String before = browser.cookie("SESSION").orElseThrow();
        browser.signedInAs("auditor", DemoUsers.PASSWORD);
        assertThat(browser.cookie("SESSION")).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSession() {
        Browser browser = new Browser(port).signedInAs("tecnico.cusco", DemoUsers.PASSWORD);
        assertThat(browser.get("/").status()).isEqualTo(200);

        Page logout = browser.submit("/", "/logout", Map.of());
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.location()).isEqualTo("/login?logout");
        assertThat(Jsoup.parse(browser.get("/login?logout").body()).select("[role=status]").text())
                .isEqualTo("Ha cerrado sesión.");

        Page afterwards = browser.get("/");
        assertThat(afterwards.status()).isEqualTo(302);
        assertThat(afterwards.location()).isEqualTo("/login");
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        Page login = new Browser(port).post("/login", Map.of("username", "admin", "password", DemoUsers.PASSWORD));
        assertThat(login.status()).isEqualTo(403);
        assertThat(Jsoup.parse(login.body()).select("main p").first().text())
                .startsWith("El formulario caducó");

        Browser admin = new Browser(port).signedInAs("admin", DemoUsers.PASSWORD);
        assertThat(admin.post("/logout", Map.of()).status()).isEqualTo(403);
        assertThat(admin.get("/").status()).as("still signed in").isEqualTo(200);

        Integer before = jdbc.queryForObject("SELECT count(*) FROM public_entity", Integer.class);
        Page create = admin.post("/admin/entities", Map.of(
                "type", "CENTRAL", "name", "Entidad sin token", "acronym", "EST", "department", "Lima", "sector", "X"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM public_entity", Integer.class)).isEqualTo(before);

        Page wrongToken = admin.post("/admin/entities", Map.of("_csrf", "forged", "name", "Entidad con token falso"));
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM public_entity", Integer.class)).isEqualTo(before);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(unauthenticated());
        Page login = new Browser(port).get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(Jsoup.parse(login.body()).select("form[action=/login] input[name=_csrf]")).hasSize(1);
    }

    private void createDisabledUser(String username) {
        if (users.findByUsername(username).isPresent()) {
            return;
        }
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Cuenta desactivada");
        form.setEmail(username + "@demo.integridad.pe");
        form.setRoles(EnumSet.of(Role.AUDITOR));
        form.setPassword(DISABLED_PASSWORD);
        form.setEnabled(false);
        users.create(form);
    }
}
