package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.assessment.StageForm;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.TaskView;

/**
 * The risk form and the evaluation page with the keyboard only: Tab and Shift+Tab to move, typing, arrow keys
 * in the selects, Enter to follow a link or submit, never a click. The assessment is brought to identification
 * through the services first.
 */
@BrowserTest
class KeyboardBrowserTest implements WithBrowser {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext ctx;

    WebPage page;
    AssessmentJourney journey;
    String entityName;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void prepare() {
        page = new WebPage(port, "keyboard", true);
        journey = AssessmentJourney.open(ctx, LocalDate.now().getYear());
        entityName = ctx.getBean(pe.integrity.organisation.EntityDirectory.class)
                .find(journey.team.entityId()).orElseThrow().getName();
        ScopeProcessForm f = new ScopeProcessForm();
        f.setName("Contrataciones");
        f.setPrioritisationReason("Presupuesto alto");
        f.setOwnerUsername(journey.team.tecnico().username());
        f.setResponsibleUnit("Logística");
        ScopeEditing scope = ctx.getBean(ScopeEditing.class);
        scope.addProcess(journey.team.conductor(), journey.assessmentId, f);
        journey.complete(journey.team.conductor(), AssessmentProcess.PREPARE_SCOPE, null, null);
        journey.complete(journey.team.alta(), AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE, null);
        TaskView identify = journey.tasks(journey.team.tecnico(), AssessmentProcess.IDENTIFY_RISKS).get(0);
        StageForm stage = new StageForm();
        stage.setName("Selección");
        stage.setResponsibleUnit("Comité");
        scope.addStage(journey.team.tecnico(), identify.processInScopeId(), stage);
    }

    @AfterAll
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    private void signIn(CurrentUser user) {
        page.driver.manage().deleteAllCookies();
        page.driver.get(base() + "/login");
        // the user name field has the focus when the page opens
        assertThat(page.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        page.keys(user.username(), Keys.TAB, "secret-" + user.username()).enterAndWait();
        assertThat(page.driver.findElements(By.cssSelector("form[action$='/logout']"))).isNotEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    @Order(1)
    void tecnicoFillsAndSubmitsTheRiskFormByKeyboard() {
        signIn(journey.team.tecnico());
        page.tabTo(By.xpath("//main//tr[contains(normalize-space(), " + WebPage.xpathLiteral(entityName)
                + ")]//a[normalize-space()='Identificar riesgos del proceso']")).enterAndWait();
        page.expectH1("Contrataciones");

        page.tabToId("stageId").arrowDownTo("stageId", "Selección");
        page.keys(Keys.TAB, "Trabajo previo con un postor");           // context
        page.keys(Keys.TAB, "Direccionar la selección a un postor");    // risky behaviour
        page.shiftTabExpecting("context").keys(Keys.TAB);               // back once, then on again
        page.tabToId("statement").keys("Posibilidad de direccionar la selección a un postor para beneficiarlo");
        // one choice for category and typology: the category alone first, then its typologies
        page.tabToId("classification").arrowDownTo("classification", "Acto de corrupción (sin tipología específica)")
                .keys(Keys.ARROW_DOWN);
        WebElement typology = page.driver.findElement(By.id("classification"));
        assertThat(typology.getAttribute("value")).as("a typology chosen with the arrow key")
                .isNotEmpty().isNotEqualTo("CORRUPTION_ACT");
        page.tabToId("causes").keys("Discrecionalidad del comité");
        page.tabToId("consequences").keys("Perjuicio económico");
        page.tabToId("actors").keys("Comité de selección");
        page.tabToId("existingControls").keys("Revisión del jefe de logística");
        page.shot("risk-form");
        page.tabTo(By.xpath("//button[normalize-space()='Agregar riesgo']")).enterAndWait();
        page.expectText("Riesgo R-01 agregado").expectText("Posibilidad de direccionar la selección a un postor para beneficiarlo");
        assertThat(journey.risks()).singleElement().satisfies(r -> {
            assertThat(r.getCategory().name()).isEqualTo("CORRUPTION_ACT");
            assertThat(r.getStatement()).startsWith("Posibilidad de direccionar");
        });
        page.shot("risk-added");
        // the step is completed from the keyboard as well
        page.tabTo(By.xpath("//button[normalize-space()='Completar paso']")).enterAndWait();
        page.expectH1("¿Completar el paso");
        page.shot("confirm-step");
        page.tabTo(By.xpath("//button[normalize-space()='Sí, completar el paso']")).enterAndWait();
        page.expectText("Paso completado");
    }

    @Test
    @Order(2)
    void conductorEvaluatesOnTheEvaluationPageByKeyboard() {
        signIn(journey.team.conductor());
        page.tabTo(By.xpath("//main//tr[contains(normalize-space(), " + WebPage.xpathLiteral(entityName)
                + ")]//a[normalize-space()='Evaluar riesgos']")).enterAndWait();
        page.expectH1("Evaluar riesgos");
        String rid = String.valueOf(journey.risks().get(0).getId());
        page.tabToId("p-" + rid).arrowDownToLast("p-" + rid);
        page.tabToId("i-" + rid).arrowDownToLast("i-" + rid);
        page.tabToId("c-" + rid).arrowDownToLast("c-" + rid);
        page.shot("evaluation");
        page.tabTo(By.xpath("//button[@form='f-" + rid + "']")).keyAndWait(Keys.SPACE);
        page.expectText("Los cambios se guardaron");
        assertThat(journey.risks().get(0).getProbability()).isNotNull();
        assertThat(journey.risks().get(0).getImpact()).isNotNull();
        assertThat(page.driver.findElement(By.id("risk-" + rid)).findElements(By.cssSelector(".level")))
                .as("inherent and residual level shown").hasSize(2);
        page.shot("evaluated");
        page.tabTo(By.xpath("//button[normalize-space()='Completar paso']")).enterAndWait();
        page.expectH1("¿Completar el paso");
        page.tabTo(By.xpath("//button[normalize-space()='Sí, completar el paso']")).enterAndWait();
        page.expectText("Paso completado");
        assertThat(journey.tasks(journey.team.conductor(), AssessmentProcess.PLAN_TREATMENT)).hasSize(1);
    }
}
