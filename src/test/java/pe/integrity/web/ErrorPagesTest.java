package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.integrity.support.Browser;
import pe.integrity.support.Browser.Page;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.FailingPage;
import pe.integrity.support.IntegrationTest;

/**
 * Error pages as the servlet container really serves them: our templates in the person's language, inside
 * the usual layout, never a stack trace or exception text.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unknownUrlShowsOurNotFoundPageInSpanishByDefault() {
        Page page = signedIn("conductor.miraflores").get("/no-existe/esta-pagina");

        assertThat(page.status()).isEqualTo(404);
        Document html = ourPage(page);
        assertThat(html.select("html").attr("lang")).isEqualTo("es-PE");
        assertThat(html.select("h1").text()).isEqualTo("Página no encontrada");
        assertThat(html.select("main a[href=/]").text()).isEqualTo("Volver al inicio");
        assertThat(html.select("header nav")).as("layout with the person's navigation").hasSize(1);
    }

    @Test
    void notFoundPageIsInEnglishWithTheParameterOrTheCookie() {
        Browser browser = signedIn("sip.revisor");
        Document byParameter = ourPage(browser.get("/no-existe?lang=en"));
        assertThat(byParameter.select("html").attr("lang")).isEqualTo("en");
        assertThat(byParameter.select("h1").text()).isEqualTo("Page not found");

        Document byCookie = ourPage(signedIn("auditor").languageCookie("en").get("/tampoco-existe"));
        assertThat(byCookie.select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void unknownEntityIsNotFoundForThoseWhoMayReadAnyEntity() {
        long unknown = jdbc.queryForObject("SELECT max(id) + 1000 FROM public_entity", Long.class);
        for (String user : new String[] {"admin", "sip.revisor", "auditor"}) {
            Page page = signedIn(user).get("/entities/" + unknown);
            assertThat(page.status()).as(user).isEqualTo(404);
            assertThat(ourPage(page).select("h1").text()).isEqualTo("Página no encontrada");
        }
        Page edit = signedIn("admin").get("/admin/entities/" + unknown + "/edit");
        assertThat(edit.status()).isEqualTo(404);
        assertThat(signedIn("admin").get("/admin/users/" + unknown + "/edit").status()).isEqualTo(404);
    }

    @Test
    void entityUserAskingForAnotherEntityGetsTheForbiddenPageWithoutLearningWhetherItExists() {
        long cusco = jdbc.queryForObject("SELECT id FROM public_entity WHERE name = ?", Long.class, DemoUsers.CUSCO);
        long unknown = jdbc.queryForObject("SELECT max(id) + 1000 FROM public_entity", Long.class);
        Browser miraflores = signedIn("alta.miraflores");

        Page other = miraflores.get("/entities/" + cusco);
        assertThat(other.status()).isEqualTo(403);
        Document html = ourPage(other);
        assertThat(html.select("h1").text()).isEqualTo("Acceso denegado");
        assertThat(html.select("main p").first().text()).isEqualTo("No tiene permiso para ver o cambiar esta información.");
        assertThat(html.text()).doesNotContain(DemoUsers.CUSCO);

        assertThat(miraflores.get("/entities/" + unknown).status()).isEqualTo(403);

        Document english = ourPage(miraflores.get("/entities/" + cusco + "?lang=en"));
        assertThat(english.select("h1").text()).isEqualTo("Access denied");
    }

    @Test
    void aPathIdThatIsNotANumberNamesNothingAndIsNotFound() {
        for (String path : new String[] {"/entities/not-a-number", "/assessments/abc", "/assessments/abc/scope",
                "/admin/users/x/edit", "/national/exports/abc"}) {
            Page page = signedIn("admin").get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(ourPage(page).select("h1").text()).as(path).isEqualTo("Página no encontrada");
        }
        Page english = signedIn("sip.revisor").get("/assessments/abc?lang=en");
        assertThat(english.status()).isEqualTo(404);
        assertThat(ourPage(english).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void anUnexpectedErrorShowsAPlainMessageAndAReferenceNeverTheExceptionOrSql(CapturedOutput log) {
        for (String lang : new String[] {"es", "en"}) {
            Page page = signedIn("conductor.cusco").get(FailingPage.PATH + "?lang=" + lang);
            assertThat(page.status()).isEqualTo(500);
            Document html = ourPage(page);
            assertThat(html.select("h1").text()).isEqualTo(lang.equals("es") ? "Ocurrió un error" : "Something went wrong");
            assertThat(page.body()).doesNotContain("LATERAL", "SELECT", "BadSqlGrammar", "SQL");
            String reference = html.select("#reference").text().replaceAll(".*: ", "");
            assertThat(reference).matches("[A-Z2-9]{8}");
            // the administrator finds the reference next to the exception, at ERROR
            String line = log.getOut().lines().filter(l -> l.contains("[" + reference + "]")).findFirst().orElseThrow();
            assertThat(line).contains("ERROR", "500 on " + FailingPage.PATH);
            assertThat(log.getOut().substring(log.getOut().indexOf(line))).contains("BadSqlGrammarException");
        }
    }

    @Test
    void aBrokenRequestShowsAPlainMessageAndAReferenceThatIsInTheLog(CapturedOutput log) {
        // a request parameter of the wrong type is the client's mistake, not a missing record
        Page page = signedIn("admin").get("/entities?page=abc");
        assertThat(page.status()).isEqualTo(400);
        Document html = ourPage(page);
        assertThat(html.select("h1").text()).isEqualTo("Solicitud no válida");
        String reference = html.select("#reference").text().replaceAll(".*: ", "");
        assertThat(reference).matches("[A-Z2-9]{8}");
        assertThat(log.getOut()).contains("[" + reference + "] 400 on /entities");
    }

    @Test
    void machineClientsGetAnErrorWithoutDetailsEither() {
        Page json = signedIn("admin").header("Accept", "application/json").get("/no-existe");
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.body()).contains("\"status\":404").doesNotContain("trace", "exception", "message");
    }

    private Browser signedIn(String username) {
        return new Browser(port).signedInAs(username, DemoUsers.PASSWORD);
    }

    /** Parses the page and checks what every error page must and must not show. */
    private static Document ourPage(Page page) {
        assertThat(page.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String body = page.body();
        assertThat(body).doesNotContain("Exception", "\tat ", "Whitelabel", "org.springframework", "??");
        Document html = Jsoup.parse(body);
        assertThat(html.select("link[href=/css/app.css]")).as("our layout").hasSize(1);
        assertThat(html.select("h1")).hasSize(1);
        return html;
    }
}
