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
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.shared.Display;
import pe.integrity.support.Territory;
import pe.integrity.workflow.DurableJobs;

/**
 * SIP's national work in a real browser, only by links and forms from the home page: a campaign for one department
 * (two entities, one without a Conductor), its progress, then the national dashboard and the list behind a number.
 *
 * <p>The department is seeded through the directories, as an administrator would; the launch's background job is
 * run here directly, since the job executor is off in tests.
 */
@BrowserTest
class CampaignBrowserTest implements WithBrowser {

    static final int PERIOD = LocalDate.now(Display.ZONE).getYear();

    @LocalServerPort int port;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;
    @Autowired DurableJobs jobs;

    WebPage page;
    Territory t;
    String withConductor;
    String withoutConductor;
    String campaignPath;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void seedAndOpenBrowser() {
        t = Territory.fresh(entities, users, details, "Navegador");
        withConductor = name(t.entity("Municipalidad Distrital", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR));
        withoutConductor = name(t.entity("Municipalidad Provincial", EntityType.PROVINCIAL_MUNICIPALITY, Role.TECNICO));
        page = new WebPage(port, "campaign", true);
    }

    @AfterAll
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void sipCountsTheDepartmentAndLaunchesACampaign() {
        page.login("sip.revisor").link("Campañas de evaluación").expectH1("Campañas de evaluación").shot("campaigns");
        page.link("Nueva campaña").expectH1("Nueva campaña");
        page.select("periodYear", String.valueOf(PERIOD)).select("department", t.department()).submit("Contar entidades");
        page.expectText("El filtro elige 2 entidades activas.").expectText("1 no tiene Conductor").shot("preview");
        page.select("followUpFrequency", "Cada 3 meses (trimestral)").submit("Lanzar la campaña para 2 entidades");
        campaignPath = page.path();
        assertThat(campaignPath).matches("/campaigns/\\d+");
        page.expectText("En curso").expectText("Cada 3 meses (trimestral)");
    }

    @Test
    @Order(2)
    void theProgressShowsWhatTheLaunchDid() {
        jobs.runDue("campaign-launch"); // what the job executor does in a real installation
        page.driver.navigate().refresh(); // what the page's meta refresh does
        page.expectText("Terminada").expectText("2 de 2 entidades").shot("campaign-done");
        page.click(By.cssSelector("#outcome-NO_CONDUCTOR a")).expectText(withoutConductor);
        assertThat(page.mainText()).doesNotContain(withConductor);
        page.click(By.cssSelector("#outcome-LAUNCHED a")).expectText(withConductor);
        page.link("Evaluación abierta").expectText(withConductor);
        assertThat(page.path()).matches("/assessments/\\d+");
    }

    @Test
    @Order(3)
    void theDashboardCountsTheDepartmentAndEachNumberOpensItsEntities() {
        page.home().link("Campañas de evaluación").link("Campaña n.º " + campaignPath.substring("/campaigns/".length()));
        page.link("Tablero nacional del periodo").expectH1("Tablero nacional, periodo " + PERIOD).shot("dashboard");
        String row = "//table[@id='dashboard']//tr[th[normalize-space()='" + t.department() + "']]";
        // columns: Sin iniciar, Preparación, ...; the campaign opened one, the other has no Conductor
        page.click(By.xpath(row + "/td[2]/a")).expectH1("Preparación · Tablero nacional, periodo " + PERIOD)
                .expectText("1 entidad").expectText(withConductor).shot("dashboard-list");
        assertThat(page.mainText()).doesNotContain(withoutConductor);
        page.link("Volver al tablero").click(By.xpath(row + "/td[1]/a")).expectText(withoutConductor);
        // what the registers of the department say: levels, heat map, charts beside their numbers
        page.link("Volver al tablero").click(By.xpath(row + "/td[last()]/a"))
                .expectH1("Qué dicen los registros, periodo " + PERIOD).expectText(t.department())
                .expectText("Riesgos por nivel").expectText("Mapa de calor inherente").shot("aggregates");
        page.logout();
        page.assertWithinBudget();
    }

    private String name(Long entityId) {
        return entities.find(entityId).orElseThrow().getName();
    }
}
