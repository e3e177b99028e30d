package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/** Over real HTTP, as Tomcat and a reverse proxy in front of it see requests. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void ourPagesForbidScriptsAndSayWhatTheyShareWithOthers() {
        Page login = new Browser(port).get("/login");

        assertThat(login.header("Content-Security-Policy")).contains(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(login.header("Content-Security-Policy").orElseThrow()).contains("script-src 'none'", "frame-ancestors 'none'");
        assertThat(login.header("Referrer-Policy")).contains("same-origin");
        assertThat(login.header("Permissions-Policy")).contains(SecurityConfig.PERMISSIONS_POLICY);
        assertThat(login.header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void plainHttpGetsNoHstsAndTheSessionCookieIsNotMarkedSecure() {
        Page login = new Browser(port).get("/login");

        assertThat(login.header("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(login)).doesNotContainIgnoringCase("secure");
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        Browser browser = new Browser(port).header("X-Forwarded-Proto", "https");
        Page login = browser.get("/login");

        assertThat(login.header("Strict-Transport-Security")).contains("max-age=31536000 ; includeSubDomains");
        assertThat(sessionCookie(login)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
        Page home = browser.get("/");
        assertThat(home.header("Location").orElseThrow()).as("redirects keep the scheme").startsWith("https://");
    }

    @Test
    void camundasWebappsKeepTheirOwnPolicyNotOurs() {
        Browser admin = new Browser(port).signedInAs("admin", DemoUsers.PASSWORD);
        Page cockpit = admin.get(admin.get("/camunda/app/cockpit/").location());

        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.headers().getOrDefault("Content-Security-Policy", List.of()))
                .noneMatch(csp -> csp.contains("script-src 'none'"));
    }

    private static String sessionCookie(Page page) {
        return page.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream())
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }
}
