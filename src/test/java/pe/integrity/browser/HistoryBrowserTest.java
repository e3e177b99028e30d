package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.HistoryFixture;

/**
 * The auditor reads who changed what: the Técnico rewrites a risk's statement on its page, then the auditor goes
 * from the entity to the assessment's overview and opens its full history, where the edit shows with the
 * Técnico's name and the statement before and after, among the process's steps. The assessment is brought to
 * identification through the services first, each step as its person ({@link HistoryFixture}).
 */
@BrowserTest
class HistoryBrowserTest implements WithBrowser {

    static final String BEFORE = "Posibilidad de que un servidor direccionar la selección a un postor para obtener un beneficio indebido";
    static final String AFTER = "Posibilidad de que el comité direccione la buena pro a un postor conocido";

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;

    WebPage page;
    AssessmentJourney journey;
    String entity;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void prepare() {
        journey = new HistoryFixture(ctx).journey;
        entity = ctx.getBean(EntityDirectory.class).find(journey.team.entityId()).orElseThrow().getName();
        page = new WebPage(port, "history", true);
    }

    @AfterAll
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void theTecnicoRewritesTheRisksStatement() {
        page.login(journey.team.tecnico().username(), "secret-" + journey.team.tecnico().username());
        page.task("Identificar riesgos del proceso", entity).link("R-01");
        page.fill("statement", AFTER).submit("Guardar").expectText("R-01");
        page.logout();
    }

    @Test
    @Order(2)
    void theAuditorOpensTheHistoryFromTheOverviewAndReadsTheEdit() {
        page.login("auditor").link("Entidades");
        page.fill("q", entity).submit("Filtrar").link(entity);
        page.click(By.cssSelector("main a[href$='/assessments']")).link(String.valueOf(LocalDate.now().getYear()));
        page.link("Ver el historial completo (quién cambió qué y cuándo)")
                .expectH1("Historial de la evaluación " + LocalDate.now().getYear());
        String first = page.driver.findElement(By.cssSelector("main ul.history > li")).getText();
        assertThat(first).contains(journey.team.tecnico().fullName(), "Se modificó el riesgo: R-01",
                "Enunciado del riesgo", BEFORE, AFTER);
        page.expectText("Tarea terminada: Aprobar alcance").expectText("Decisión: ¿Alcance aprobado?")
                .expectText("Se creó el proceso: Contrataciones").expectText("Se creó el riesgo: R-01")
                .shot("auditor-history");
        assertThat(page.changingForms()).as("the history changes nothing").isEmpty();
        page.logout();
        page.assertWithinBudget();
    }
}
