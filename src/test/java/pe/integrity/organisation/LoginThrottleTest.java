package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/**
 * Guessing passwords: the sign-in form and HTTP Basic (actuator, Camunda's REST API) pause after repeated
 * failures per account and per client address, and a pause never lasts longer than five minutes. Time moves with
 * the application's clock (the engine's), as a person waiting would see it.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String PASSWORD = "clave-correcta-9";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    /**
     * The suite's own requests all come from 127.0.0.1, so the test configuration raises the address threshold
     * above what the suite's wrong passwords add up to; this test sprays exactly that many.
     */
    @Value("${app.security.login-throttle.address-pause-at}") int addressPauseAt;

    private final List<String> addresses = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();

    @AfterEach
    void forget() {
        ClockUtil.reset();
        addresses.forEach(a -> jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", "address:" + a));
        accounts.forEach(a -> jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", "account:" + a));
    }

    @Test
    void thirtyWrongPasswordsThenTheRightOneIsRefusedAndAfterTheWaitItWorks() throws Exception {
        String username = freshUser("fuerza.bruta", Role.CONDUCTOR);
        RequestPostProcessor from = from(address("10.13.0.1"));
        for (int i = 0; i < 30; i++) {
            mvc.perform(signIn(username, "intento-" + i, from)).andExpect(unauthenticated());
        }

        var refused = mvc.perform(signIn(username, PASSWORD, from))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/login?paused=");
        String page = mvc.perform(get(refused.getResponse().getRedirectedUrl()))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".error-summary").text())
                .startsWith("Demasiados intentos fallidos.")
                .contains("espere 1 minuto(s)");

        // refused attempts are not checked and do not lengthen the pause: five minutes is always enough
        later(Duration.ofMinutes(5).plusSeconds(1));
        mvc.perform(signIn(username, PASSWORD, from))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void theFirstFailuresOnlySayWrongPasswordAndARightOneClearsTheCount() throws Exception {
        String username = freshUser("fuerza.leve", Role.TECNICO);
        RequestPostProcessor from = from(address("10.13.0.2"));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(signIn(username, "olvido-" + i, from))
                        .andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(signIn(username, PASSWORD, from)).andExpect(authenticated());
        }
    }

    @Test
    void oneAddressTryingManyAccountsIsPausedButTheAccountsStillWorkFromElsewhere() throws Exception {
        String username = freshUser("fuerza.rociado", Role.CONDUCTOR);
        RequestPostProcessor sprayer = from(address("10.13.0.3"));
        for (int i = 0; i < addressPauseAt; i++) {
            String guessed = account("nadie.existe." + i);
            mvc.perform(signIn(guessed, "123456", sprayer)).andExpect(unauthenticated());
        }

        mvc.perform(signIn(username, PASSWORD, sprayer)).andExpect(unauthenticated());
        mvc.perform(signIn(username, PASSWORD, from(address("10.13.0.4"))))
                .andExpect(authenticated());
    }

    @Test
    void httpBasicOnThePrometheusEndpointIsPausedWith429AndRetryAfter() throws Exception {
        String admin = freshUser("fuerza.metricas", Role.ADMIN);
        RequestPostProcessor from = from(address("10.13.0.5"));
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/actuator/prometheus").with(httpBasic(admin, "intento-" + i)).with(from));
        }

        var paused = mvc.perform(get("/actuator/prometheus").with(httpBasic(admin, PASSWORD)).with(from))
                .andExpect(status().isTooManyRequests())
                .andReturn()
                .getResponse();
        assertThat(Integer.parseInt(paused.getHeader("Retry-After"))).isBetween(1, 300);
        assertThat(paused.getContentAsString()).startsWith("Demasiados intentos fallidos.");

        later(Duration.ofMinutes(5).plusSeconds(1));
        mvc.perform(get("/actuator/prometheus").with(httpBasic(admin, PASSWORD)).with(from)).andExpect(status().isOk());
    }

    @Test
    void httpBasicOnCamundasRestApiIsPausedTooOverRealHttpBehindAProxy() {
        String admin = freshUser("fuerza.motor", Role.ADMIN);
        // the request comes from a trusted proxy (loopback), which names the client
        Browser client = new Browser(port).header("X-Forwarded-For", address("203.0.113.7"));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(client.getWithBasic("/engine-rest/engine", admin, "intento-" + i).status());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 30)).containsOnly(429);

        Page paused = client.getWithBasic("/engine-rest/engine", admin, PASSWORD);
        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.body()).doesNotContain("Exception", "at org.");

        later(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(client.getWithBasic("/engine-rest/engine", admin, PASSWORD).status()).isEqualTo(200);
        assertThat(new Browser(port).getWithBasic("/engine-rest/engine", "admin", DemoUsers.PASSWORD).status())
                .as("other accounts and the proxy's own address are not paused")
                .isEqualTo(200);
    }

    /** The sign-in form's POST, as a browser at that client address sends it. */
    private static MockHttpServletRequestBuilder signIn(String username, String password, RequestPostProcessor from) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from);
    }

    private void later(Duration wait) {
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + wait.toMillis()));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String address(String address) {
        addresses.add(address);
        return address;
    }

    private String account(String username) {
        accounts.add(username.toLowerCase());
        return username;
    }

    private String freshUser(String prefix, Role role) {
        String username = account(prefix + "." + System.nanoTime() % 100000);
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Persona de prueba");
        form.setEmail(username + "@demo.integridad.pe");
        form.setRoles(EnumSet.of(role));
        if (role.isEntityScoped()) {
            form.setEntityId(jdbc.queryForObject(
                    "SELECT id FROM public_entity WHERE name = ?", Long.class, DemoUsers.CUSCO));
        }
        form.setPassword(PASSWORD);
        users.create(form);
        return username;
    }
}
