package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/**
 * The structural accessibility rules every page keeps (WCAG basics that a test can check): a language, a
 * title, one h1, a skip link, a label for every control, unique ids, and error summaries whose links reach
 * the fields, with each field pointing at its message.
 */
@IntegrationTest
public class AccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesWithoutErrorsKeepTheRules() {
        long miraflores = jdbc.queryForObject("SELECT id FROM public_entity WHERE name = ?", Long.class, DemoUsers.MIRAFLORES);
        long someUser = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'tecnico.cusco'", Long.class);
        long approvedAssessment = jdbc.queryForObject("SELECT id FROM assessment WHERE entity_id = ?", Long.class, miraflores);

        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("login", new Browser(port).get("/login"));
        pages.put("login failed", new Browser(port).get("/login?error"));
        pages.put("verification (public)", new Browser(port).get("/verificar"));
        Browser admin = new Browser(port).signedInAs("admin", DemoUsers.PASSWORD);
        for (String path : new String[] {
            "/", "/entities", "/entities/" + miraflores, "/admin/entities/new", "/admin/entities/" + miraflores + "/edit",
            "/admin/users", "/admin/users/new", "/admin/users/" + someUser + "/edit", "/no-existe",
            "/assessments/" + approvedAssessment + "/registers", "/verificar?codigo=NO-EXISTE"
        }) {
            pages.put(path, admin.get(path));
        }
        Browser entityUser = new Browser(port).signedInAs("conductor.cusco", DemoUsers.PASSWORD);
        pages.put("403", entityUser.get("/entities/" + miraflores));

        pages.forEach((what, page) -> assertAccessible(what, Jsoup.parse(page.body())));
    }

    @Test
    void formsWithErrorsLinkEverySummaryItemToItsField() {
        Browser admin = new Browser(port).signedInAs("admin", DemoUsers.PASSWORD);

        Document entity = Jsoup.parse(admin.submit("/", "/admin/entities", Map.of("acronym", "X".repeat(90))).body());
        Document user = Jsoup.parse(admin.submit("/", "/admin/users", Map.of("username", "a b", "email", "x")).body());
        Document roles = Jsoup.parse(admin.submit("/", "/admin/users", Map.of(
                        "username", "sin.roles", "fullName", "Sin Roles", "email", "sin.roles@demo.integridad.pe",
                        "password", "clave-valida-1", "_roles", "on"))
                .body());

        for (Document form : new Document[] {entity, user, roles}) {
            assertAccessible("form with errors", form);
            Element summary = form.selectFirst(".error-summary");
            assertThat(summary).isNotNull();
            assertThat(summary.attr("role")).isEqualTo("alert");
            assertThat(summary.select("a")).isNotEmpty();
            for (Element field : form.select(".has-error")) {
                Element message = field.selectFirst(".error[id]");
                assertThat(message).as("message in %s", field.className()).isNotNull();
                String described = field.is("fieldset")
                        ? field.attr("aria-describedby")
                        : field.select("[aria-describedby]").attr("aria-describedby");
                assertThat(described).as("control points to its message").isEqualTo(message.id());
                assertThat(field.select("[aria-invalid=true]").size() + (field.is("fieldset") ? 1 : 0))
                        .isGreaterThan(0);
            }
        }
        assertThat(roles.select(".error-summary a").eachAttr("href")).containsExactly("#roles");
    }

    /** The rules every page keeps; other modules' page tests call it too. */
    public static void assertAccessible(String what, Document page) {
        assertThat(page.select("html").attr("lang")).as("%s: lang", what).isNotBlank();
        assertThat(page.title()).as("%s: title", what).isNotBlank();
        assertThat(page.select("h1")).as("%s: one h1", what).hasSize(1);
        assertThat(page.select("a.skip[href=#main]")).as("%s: skip link", what).hasSize(1);
        assertThat(page.select("main#main")).as("%s: skip link target", what).hasSize(1);

        Set<String> ids = new HashSet<>();
        for (Element e : page.select("[id]")) {
            assertThat(ids.add(e.id())).as("%s: duplicate id %s", what, e.id()).isTrue();
        }
        for (Element control : page.select("input, select, textarea")) {
            String type = control.attr("type");
            if (type.equals("hidden") || type.equals("submit") || type.equals("button")) {
                continue;
            }
            String name = control.attr("name");
            assertThat(control.id()).as("%s: id of %s", what, name).isNotBlank();
            boolean labelled = !page.select("label[for=" + control.id() + "]").isEmpty()
                    || control.closest("label") != null
                    || control.hasAttr("aria-label")
                    || control.hasAttr("aria-labelledby");
            assertThat(labelled).as("%s: label for %s", what, name).isTrue();
        }
        for (Element label : page.select("label[for]")) {
            assertThat(page.getElementById(label.attr("for"))).as("%s: label target %s", what, label.attr("for")).isNotNull();
        }
        for (Element link : page.select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            assertThat(page.getElementById(target)).as("%s: link target #%s", what, target).isNotNull();
        }
        for (Element e : page.select("[aria-describedby]")) {
            for (String id : e.attr("aria-describedby").split("\\s+")) {
                assertThat(page.getElementById(id)).as("%s: description %s", what, id).isNotNull();
            }
        }
        for (Element button : page.select("button")) {
            assertThat(button.text()).as("%s: button text", what).isNotBlank();
        }
        for (Element table : page.select("table")) {
            assertThat(table.select("thead th[scope=col]")).as("%s: table headers", what).isNotEmpty();
        }
    }
}
