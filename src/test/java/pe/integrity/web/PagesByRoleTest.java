package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * Each demo user's home page and navigation show what their role may use, every link they are shown works
 * for them, and every page they can open renders completely in Spanish and in English.
 */
@IntegrationTest
class PagesByRoleTest {

    enum Kind {
        ENTITY,
        NATIONAL,
        ADMIN
    }

    record DemoUser(String username, Kind kind, String entity) {
        @Override
        public String toString() {
            return username;
        }
    }

    static Stream<DemoUser> demoUsers() {
        List<DemoUser> users = new ArrayList<>();
        for (String role : new String[] {"alta", "conductor", "tecnico", "consultivo"}) {
            users.add(new DemoUser(role + ".miraflores", Kind.ENTITY, DemoUsers.MIRAFLORES));
            users.add(new DemoUser(role + ".cusco", Kind.ENTITY, DemoUsers.CUSCO));
        }
        users.add(new DemoUser("sip.revisor", Kind.NATIONAL, null));
        users.add(new DemoUser("auditor", Kind.NATIONAL, null));
        users.add(new DemoUser("admin", Kind.ADMIN, null));
        return users.stream();
    }

    static Stream<Arguments> demoUsersInBothLanguages() {
        return demoUsers().flatMap(u -> Stream.of(Arguments.of(u, "es"), Arguments.of(u, "en")));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void navigationAndHomePageFollowTheRole(DemoUser user) {
        Browser browser = new Browser(port).signedInAs(user.username(), DemoUsers.PASSWORD);
        Document home = Jsoup.parse(browser.get("/").body());

        Set<String> nav = new LinkedHashSet<>(home.select("header nav a").eachAttr("href"));
        List<String> cards = home.select("main section.card h2").eachText();
        // role-specific links only: links every signed-in person gets may be added by other modules
        Set<String> adminOnly = Set.of("/admin/users", "/camunda/app/cockpit/");
        switch (user.kind()) {
            case ENTITY -> {
                assertThat(nav).contains("/", "/entities/" + entityId(user.entity()));
                assertThat(nav).doesNotContain("/entities").doesNotContainAnyElementsOf(adminOnly);
                assertThat(nav).filteredOn(h -> h.startsWith("/entities/")).hasSize(1);
                assertThat(cards).contains(user.entity()).doesNotContain("Vista nacional", "Administración");
            }
            case NATIONAL -> {
                assertThat(nav).contains("/", "/entities").doesNotContainAnyElementsOf(adminOnly);
                assertThat(nav).noneMatch(h -> h.startsWith("/entities/"));
                assertThat(cards).contains("Vista nacional").doesNotContain("Administración");
            }
            case ADMIN -> {
                assertThat(nav).contains("/", "/entities").containsAll(adminOnly);
                assertThat(cards).contains("Administración").doesNotContain("Vista nacional");
            }
        }
        assertThat(home.select(".session .who").text()).isNotBlank();
        assertThat(home.select("form[action=/logout] button").text()).isEqualTo("Cerrar sesión");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void everyLinkShownToARoleWorksForIt(DemoUser user) {
        Browser browser = new Browser(port).signedInAs(user.username(), DemoUsers.PASSWORD);
        Set<String> visited = new LinkedHashSet<>();
        List<String> toVisit = new ArrayList<>(List.of("/"));
        // two clicks deep from home: the pages a person of this role can reach by navigating
        for (int depth = 0; depth < 3; depth++) {
            List<String> next = new ArrayList<>();
            for (String path : toVisit) {
                if (!visited.add(path)) {
                    continue;
                }
                Page page = browser.get(path);
                assertThat(page.status()).as(user + " following " + path).isBetween(200, 399);
                if (page.status() == 200 && !path.startsWith("/camunda")) {
                    next.addAll(internalLinks(Jsoup.parse(page.body())));
                }
            }
            toVisit = next;
        }
        assertThat(visited).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("demoUsersInBothLanguages")
    void everyPageOfTheRoleRendersCompletelyInTheLanguage(DemoUser user, String lang) {
        Browser browser = new Browser(port).languageCookie(lang).signedInAs(user.username(), DemoUsers.PASSWORD);
        for (String path : pagesOf(user)) {
            Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            String body = page.body();
            assertThat(body).as(path + ": no missing message").doesNotContain("??");
            Document html = Jsoup.parse(body);
            assertThat(html.select("html").attr("lang")).as(path).isEqualTo(lang);
            assertThat(html.title()).as(path).isNotBlank();
            assertThat(html.select("h1")).as(path).hasSize(1);
            String signOut = html.select("form[action=/logout] button").text();
            assertThat(signOut).isEqualTo(lang.equals("es") ? "Cerrar sesión" : "Sign out");
        }
    }

    private List<String> pagesOf(DemoUser user) {
        List<String> pages = new ArrayList<>(List.of("/"));
        long miraflores = entityId(DemoUsers.MIRAFLORES);
        switch (user.kind()) {
            case ENTITY -> pages.add("/entities/" + entityId(user.entity()));
            case NATIONAL -> pages.addAll(List.of("/entities", "/entities?page=1", "/entities/" + miraflores));
            case ADMIN -> {
                long someUser = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'conductor.cusco'", Long.class);
                pages.addAll(List.of(
                        "/entities",
                        "/entities?q=lima&type=DISTRICT_MUNICIPALITY",
                        "/entities/" + miraflores,
                        "/admin/entities/new",
                        "/admin/entities/" + miraflores + "/edit",
                        "/admin/users",
                        "/admin/users/new",
                        "/admin/users/" + someUser + "/edit"));
            }
        }
        return pages;
    }

    /** Links to our own pages; not the language switch (same page) nor Camunda's app internals. */
    private static List<String> internalLinks(Document page) {
        return page.select("a[href]").eachAttr("href").stream()
                .filter(h -> h.startsWith("/") && !h.startsWith("//"))
                .filter(h -> !h.contains("lang="))
                .toList();
    }

    private long entityId(String name) {
        return jdbc.queryForObject("SELECT id FROM public_entity WHERE name = ?", Long.class, name);
    }
}
