package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static pe.integrity.organisation.AuthorizationMatrixTest.Who.ADMIN;
import static pe.integrity.organisation.AuthorizationMatrixTest.Who.ANONYMOUS;
import static pe.integrity.organisation.AuthorizationMatrixTest.Who.AUDITOR;
import static pe.integrity.organisation.AuthorizationMatrixTest.Who.SIP;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/**
 * Every endpoint that exists × every role, over real HTTP with each demo user's real session: allowed means
 * a page or a redirect that is not the login page, forbidden means our 403 page, anonymous means the login
 * page (or 401 where a machine calls). A new endpoint is one more line in {@link #endpoints()}.
 *
 * <p>Entity users are those of Miraflores: {own} is Miraflores, {other} is Cusco.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    enum Who {
        ANONYMOUS(null),
        ALTA_DIRECCION("alta.miraflores"),
        CONDUCTOR("conductor.miraflores"),
        TECNICO("tecnico.miraflores"),
        CONSULTIVO("consultivo.miraflores"),
        SIP("sip.revisor"),
        AUDITOR("auditor"),
        ADMIN("admin");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /** What an anonymous caller gets when the endpoint is not public. */
    enum Anonymous {
        LOGIN,
        UNAUTHORIZED
    }

    enum Auth {
        SESSION,
        BASIC
    }

    record Endpoint(String method, String path, Set<Who> allowed, Anonymous anonymous, Auth auth) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    static final Set<Who> GLOBAL_READERS = EnumSet.of(SIP, AUDITOR, ADMIN);
    static final Set<Who> ADMINS = EnumSet.of(ADMIN);

    static List<Endpoint> endpoints() {
        return List.of(
                page("GET", "/login", EVERYONE),
                page("GET", "/css/app.css", EVERYONE),
                page("GET", "/", SIGNED_IN),
                page("GET", "/entities", GLOBAL_READERS),
                page("GET", "/entities?q=cusco&type=REGIONAL_GOVERNMENT&page=0", GLOBAL_READERS),
                page("GET", "/entities/{own}", SIGNED_IN),
                page("GET", "/entities/{other}", GLOBAL_READERS),
                page("GET", "/account/password", SIGNED_IN),
                // an empty form: the person gets it back with "wrong current password", nothing changes
                page("POST", "/account/password", SIGNED_IN),
                page("GET", "/admin/entities", ADMINS),
                page("GET", "/admin/entities/new", ADMINS),
                page("GET", "/admin/entities/{own}", ADMINS),
                page("GET", "/admin/entities/{own}/edit", ADMINS),
                // empty forms: the administrator gets the form back with errors, so nothing changes
                page("POST", "/admin/entities", ADMINS),
                page("POST", "/admin/entities/{own}", ADMINS),
                page("GET", "/admin/users", ADMINS),
                page("GET", "/admin/users/new", ADMINS),
                page("GET", "/admin/users/{user}", ADMINS),
                page("GET", "/admin/users/{user}/edit", ADMINS),
                page("POST", "/admin/users", ADMINS),
                page("POST", "/admin/users/{user}", ADMINS),
                // an assessment's full history (issue 12): auditors, SIP, and the entity's Conductor and Alta Dirección
                page("GET", "/assessments/{ownAssessment}/history", EnumSet.of(SIP, AUDITOR, Who.CONDUCTOR, Who.ALTA_DIRECCION)),
                page("GET", "/assessments/{otherAssessment}/history", EnumSet.of(SIP, AUDITOR)),
                // the library of measures (issue 12): SIP curates, auditors read; entity users see suggestions only
                page("GET", "/library", EnumSet.of(SIP, AUDITOR)),
                page("GET", "/library?typology=COLUSION&entityType=DISTRICT_MUNICIPALITY&state=SHARED", EnumSet.of(SIP, AUDITOR)),
                // sharing again a register that is shared (Miraflores' approved one): nothing changes
                page("POST", "/library/registers/{ownAssessment}?excluded=false", EnumSet.of(SIP)),
                // search across risks and measures (issue 12): everyone signed in, each within what they may read
                page("GET", "/search", SIGNED_IN),
                page("GET", "/search?q=contratacion&kind=RISK&entityType=MINISTRY&entity=cusco&page=1", SIGNED_IN),
                page("GET", "/camunda/app/cockpit/", ADMINS),
                page("GET", "/camunda/app/cockpit/{engine}/", ADMINS),
                page("GET", "/camunda/app/admin/{engine}/", ADMINS),
                page("GET", "/camunda/app/tasklist/{engine}/", ADMINS),
                page("GET", "/camunda/api/engine/engine/", ADMINS),
                new Endpoint("GET", "/actuator/health", EVERYONE, null, Auth.SESSION),
                new Endpoint("GET", "/actuator/prometheus", ADMINS, Anonymous.UNAUTHORIZED, Auth.SESSION),
                new Endpoint("GET", "/actuator/metrics", ADMINS, Anonymous.UNAUTHORIZED, Auth.SESSION),
                new Endpoint("GET", "/engine-rest/engine", ADMINS, Anonymous.UNAUTHORIZED, Auth.BASIC),
                new Endpoint("GET", "/engine-rest/engine/{engine}/process-definition", ADMINS, Anonymous.UNAUTHORIZED, Auth.BASIC));
    }

    static Stream<Arguments> cases() {
        return endpoints().stream().flatMap(e -> Arrays.stream(Who.values()).map(who -> Arguments.of(e, who)));
    }

    private static final Map<Who, Browser> SESSIONS = new EnumMap<>(Who.class);
    private static Map<String, String> placeholders;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachRoleReachesOnlyWhatItMay(Endpoint endpoint, Who who) {
        Page page = request(endpoint, who);

        if (endpoint.allowed().contains(who)) {
            assertThat(page.status()).as("allowed").isBetween(200, 399);
            if (page.status() >= 300) {
                assertThat(page.location()).as("allowed redirect").doesNotStartWith("/login");
            }
            if (isOurHtml(endpoint, page)) {
                assertThat(page.body()).as("no missing message keys, no errors").doesNotContain("??", "Exception");
            }
            return;
        } else if (who == ANONYMOUS && endpoint.anonymous() == Anonymous.LOGIN) {
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.location()).isEqualTo("/login");
        } else if (who == ANONYMOUS) {
            assertThat(page.status()).isEqualTo(401);
        } else {
            assertThat(page.status()).as("forbidden").isEqualTo(403);
            if (endpoint.auth() == Auth.SESSION && !endpoint.path().startsWith("/actuator")) {
                assertThat(page.body()).as("our localized 403 page").contains("<h1>Acceso denegado</h1>");
            }
        }
        assertThat(page.body()).as("no error details").doesNotContain("Exception", "\tat ", "Whitelabel");
    }

    private Page request(Endpoint endpoint, Who who) {
        Browser browser = session(who);
        String path = resolve(endpoint.path());
        if (endpoint.auth() == Auth.BASIC) {
            return who == ANONYMOUS
                    ? browser.get(path)
                    : browser.getWithBasic(path, who.username, DemoUsers.PASSWORD);
        }
        if (endpoint.method().equals("POST")) {
            return browser.submit(who == ANONYMOUS ? "/login" : "/", path, Map.of());
        }
        return browser.get(path);
    }

    private static boolean isOurHtml(Endpoint endpoint, Page page) {
        return !endpoint.path().startsWith("/camunda")
                && page.header("Content-Type").orElse("").startsWith("text/html");
    }

    private synchronized Browser session(Who who) {
        return SESSIONS.computeIfAbsent(who, w -> {
            Browser browser = new Browser(port);
            return w == ANONYMOUS || w.username == null ? browser : browser.signedInAs(w.username, DemoUsers.PASSWORD);
        });
    }

    private String resolve(String path) {
        if (placeholders == null) {
            String engineRoot = session(ADMIN).get("/camunda/app/cockpit/").location();
            placeholders = Map.of(
                    "{own}", entityId(DemoUsers.MIRAFLORES),
                    "{other}", entityId(DemoUsers.CUSCO),
                    "{user}", jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'tecnico.cusco'", Long.class)
                            .toString(),
                    "{engine}", engineRoot.replaceAll("^/camunda/app/cockpit/([^/]+)/$", "$1"),
                    "{ownAssessment}", assessmentId(DemoUsers.MIRAFLORES),
                    "{otherAssessment}", assessmentId(DemoUsers.CUSCO));
            assertThat(placeholders.get("{engine}")).doesNotContain("/");
        }
        String resolved = path;
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            resolved = resolved.replace(p.getKey(), p.getValue());
        }
        return resolved;
    }

    private String assessmentId(String entityName) {
        return jdbc.queryForObject("SELECT max(a.id) FROM assessment a JOIN public_entity e ON e.id = a.entity_id"
                + " WHERE e.name = ?", Long.class, entityName).toString();
    }

    private String entityId(String name) {
        return jdbc.queryForObject("SELECT id FROM public_entity WHERE name = ?", Long.class, name).toString();
    }

    private static Endpoint page(String method, String path, Set<Who> allowed) {
        return new Endpoint(method, path, allowed, Anonymous.LOGIN, Auth.SESSION);
    }
}
