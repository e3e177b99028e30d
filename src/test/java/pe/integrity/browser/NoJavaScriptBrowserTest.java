package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.support.Team;

/**
 * The core forms of the cycle in a Chromium with JavaScript switched off: sign in, open an assessment, scope,
 * approve the scope, a risk, the evaluation (the table's own row forms), a measure and the internal approval.
 * The pages are plain HTML forms, so every one must work without a script.
 */
@BrowserTest
class NoJavaScriptBrowserTest implements WithBrowser {

    @LocalServerPort
    int port;

    @Autowired
    EntityDirectory entities;

    @Autowired
    UserDirectory users;

    @Autowired
    UserDetailsService details;

    WebPage page;
    Team team;
    String entityName;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void openBrowser() {
        page = new WebPage(port, "no-javascript", false);
        team = Team.create(entities, users, details);
        entityName = entities.find(team.entityId()).orElseThrow().getName();
    }

    @AfterAll
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    private void login(pe.integrity.organisation.CurrentUser user) {
        page.login(user.username(), "secret-" + user.username());
    }

    @Test
    @Order(1)
    void javascriptIsReallyOff() {
        page.driver.get("data:text/html,<title>off</title><script>document.title='on'</script>");
        assertThat(page.driver.getTitle()).isEqualTo("off");
    }

    @Test
    @Order(2)
    void conductorSignsInOpensAndScopes() {
        login(team.conductor());
        page.link("Evaluaciones de mi entidad").link("Abrir evaluación");
        page.fill("context", "Contexto escrito sin JavaScript").submit("Abrir evaluación").expectText("Evaluación abierta");
        page.shot("opened");
        page.home().task("Preparar contexto y alcance", entityName);
        page.fill("name", "Contrataciones")
                .fill("prioritisationReason", "Presupuesto alto")
                .select("ownerUsername", "Persona " + team.tecnico().username())
                .fill("responsibleUnit", "Logística")
                .submit("Agregar proceso")
                .expectText("Contrataciones");
        page.shot("scope");
        page.submit("Completar paso").expectH1("¿Completar el paso").submit("Sí, completar el paso")
                .expectText("Paso completado");
        page.logout();
    }

    @Test
    @Order(3)
    void altaDireccionApprovesTheScope() {
        login(team.alta());
        page.task("Aprobar alcance", entityName).choose("Aprobar").submit("Registrar decisión");
        page.logout();
    }

    @Test
    @Order(4)
    void tecnicoAddsAStageAndARisk() {
        login(team.tecnico());
        page.task("Identificar riesgos del proceso", entityName, "Contrataciones");
        page.fill("name", "Selección").fill("responsibleUnit", "Comité").submit("Agregar etapa").expectText("Selección");
        page.select("stageId", "Selección")
                .fill("riskyBehaviour", "Direccionar la selección")
                .fill("statement", "Posibilidad de direccionar la selección a un postor")
                .selectFirstTypologyIn("classification", "Acto de corrupción")
                .fill("causes", "Discrecionalidad")
                .fill("consequences", "Perjuicio económico")
                .fill("actors", "Comité de selección")
                .fill("existingControls", "Revisión del jefe")
                .submit("Agregar riesgo")
                .expectText("Riesgo R-01 agregado")
                .expectText("Posibilidad de direccionar la selección a un postor");
        page.shot("risk");
        page.submit("Completar paso").expectH1("¿Completar el paso").submit("Sí, completar el paso")
                .expectText("Paso completado");
        page.logout();
    }

    @Test
    @Order(5)
    void conductorEvaluatesInTheTableAndAddsAMeasure() {
        login(team.conductor());
        page.task("Evaluar riesgos", entityName);
        // the row's own form: selects joined to it with form="f-<id>", plain HTML
        WebElement row = page.driver.findElement(By.xpath("//main//tr[.//a[normalize-space()='R-01']]"));
        String rid = row.getAttribute("id").substring("risk-".length());
        page.selectLast("p-" + rid).selectLast("i-" + rid).selectLast("c-" + rid);
        page.click(By.xpath("//button[@form='f-" + rid + "']"));
        page.expectText("Los cambios se guardaron");
        assertThat(page.driver.findElement(By.id("risk-" + rid)).findElements(By.cssSelector(".level")))
                .as("inherent and residual level shown after saving").hasSize(2);
        page.shot("evaluation");
        page.submit("Completar paso").expectH1("¿Completar el paso").submit("Sí, completar el paso")
                .expectText("Paso completado");

        page.home().task("Elaborar plan de tratamiento", entityName).link("R-01");
        page.choose("Mitigar").submit("Guardar");
        page.link("Agregar medida");
        LocalDate start = LocalDate.now().plusDays(7);
        page.fill("description", "Publicar las actas")
                .select("type", "Preventiva")
                .fill("causeAddressed", "Discrecionalidad")
                .fill("responsibleUnit", "Logística")
                .fill("responsiblePerson", "Jefe de Logística")
                .date("startDate", start)
                .date("endDate", start.plusMonths(6))
                .fill("indicator", "Actas publicadas")
                .fill("verificationMeans", "Portal de transparencia")
                .submit("Guardar")
                .expectText("Medida agregada");
        page.shot("measure");
        page.link("Volver").submit("Completar paso").expectH1("¿Completar el paso")
                .submit("Sí, completar el paso").expectText("Paso completado");
        page.logout();
    }

    @Test
    @Order(6)
    void altaDireccionApprovesTheAssessment() {
        login(team.alta());
        page.task("Aprobar evaluación y plan", entityName).choose("Aprobar").submit("Registrar decisión");
        page.link("Lista de pasos de la evaluación");
        List<String> journal = page.driver.findElements(
                        By.xpath("//main//h2[starts-with(normalize-space(), 'Historial')]/following-sibling::table[1]//td"))
                .stream().map(WebElement::getText).toList();
        assertThat(journal).contains("Aprobada por la Alta Dirección", "Remitida a la SIP");
        page.shot("submitted");
        page.logout();
    }
}
