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
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.StageForm;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.workflow.AssessmentProcess;

/**
 * An entity's Técnico finds a risk by a word typed without its accent: from the home page to «Buscar riesgos y
 * medidas», «adjudicacion» finds the risk that says «adjudicación» (the word marked in its snippet), and the result
 * opens the risk's page. The assessment is brought to identification through the services first.
 */
@BrowserTest
class SearchBrowserTest implements WithBrowser {

    static final String STATEMENT = "Posibilidad de que el comité direccione la adjudicación de la buena pro a un"
            + " postor vinculado";

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;

    WebPage page;
    AssessmentJourney journey;
    Risk risk;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void prepare() {
        journey = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toIdentification("Contrataciones");
        Long process = journey.tasks(journey.team.tecnico(), AssessmentProcess.IDENTIFY_RISKS).get(0).processInScopeId();
        StageForm stage = new StageForm();
        stage.setName("Selección");
        stage.setResponsibleUnit("Logística");
        ctx.getBean(ScopeEditing.class).addStage(journey.team.tecnico(), process, stage);
        RiskForm f = AssessmentJourney.riskForm("Direccionar la adjudicación");
        f.setStatement(STATEMENT);
        risk = ctx.getBean(RiskIdentification.class).add(journey.team.tecnico(), process, f);
        page = new WebPage(port, "search", true);
    }

    @AfterAll
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void theTecnicoSearchesAWordWithoutItsAccentAndOpensTheRisk() {
        String tecnico = journey.team.tecnico().username();
        page.login(tecnico, "secret-" + tecnico).link("Buscar riesgos y medidas").expectH1("Buscar riesgos y medidas");
        page.fill("q", "adjudicacion").submit("Buscar").expectText("1 resultado para «adjudicacion»");
        assertThat(page.driver.findElement(By.cssSelector(".search-results mark")).getText()).isEqualTo("adjudicación");
        page.shot("results").axe();
        page.click(By.cssSelector(".search-results a")).expectH1("Riesgo " + risk.getCode());
        assertThat(page.path()).isEqualTo("/assessments/" + journey.assessmentId + "/risks/" + risk.getId());
        page.logout();
        page.assertWithinBudget();
        page.assertNoAxeViolations();
    }
}
