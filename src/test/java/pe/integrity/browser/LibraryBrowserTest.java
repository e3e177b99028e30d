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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.SipDecision;
import pe.integrity.catalog.Catalog;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.WorkflowTasks;

/**
 * The library of measures in a real browser, by links and forms from each home page: SIP's reviewer marks a measure
 * of an approved register as a good practice; then the Conductor of another entity, writing its treatment plan,
 * sees it suggested for a risk of the same typology, copies it to the plan and completes the form.
 *
 * <p>The approved register and the other entity's assessment (up to its treatment step) are made through the use
 * cases first; the risks are classified with the typology directly in the database.
 */
@BrowserTest
class LibraryBrowserTest implements WithBrowser {

    static final String TYPOLOGY = "INFORMACION_PRIVILEGIADA";
    static final String MEASURE = "Registro de accesos a la información reservada del proceso";

    @LocalServerPort int port;
    @Autowired ApplicationContext ctx;
    @Autowired JdbcTemplate jdbc;

    WebPage page;
    AssessmentJourney approved;
    AssessmentJourney planning;
    Long measureId;
    String planningEntity;
    String typologyName;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void prepare() {
        int year = LocalDate.now().getYear();
        CurrentUser sip = (CurrentUser) ctx.getBean(UserDetailsService.class).loadUserByUsername("sip.revisor");
        approved = AssessmentJourney.open(ctx, year).toSipReview("Adquisiciones");
        classify(approved);
        measureId = approved.measures().get(0).getId();
        jdbc.update("UPDATE measure SET description = ?, responsible_person = 'Carmen Rojas Tello' WHERE id = ?",
                MEASURE, measureId);
        approved.complete(sip, AssessmentProcess.REVIEW_SUBMISSION, SipDecision.APPROVED, "Conforme");
        ctx.getBean(WorkflowTasks.class).runPendingJobs(approved.assessmentId);
        planning = AssessmentJourney.open(ctx, year).toTreatment("Convocatorias");
        classify(planning);
        planningEntity = ctx.getBean(EntityDirectory.class).find(planning.team.entityId()).orElseThrow().getName();
        typologyName = ctx.getBean(Catalog.class).typology(TYPOLOGY).orElseThrow().nameEs();
        page = new WebPage(port, "library", false);
    }

    private void classify(AssessmentJourney j) {
        jdbc.update("UPDATE risk SET typology_code = ?, category = (SELECT category FROM typology WHERE code = ?)"
                + " WHERE assessment_id = ?", TYPOLOGY, TYPOLOGY, j.assessmentId);
    }

    @AfterAll
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void sipMarksAGoodPractice() {
        page.login("sip.revisor").link("Biblioteca de medidas").expectH1("Biblioteca de medidas");
        page.select("typology", typologyName).submit("Ver").expectText(MEASURE).expectText("Compartida");
        page.click(By.cssSelector("#m" + measureId + " button[value=MARK_GOOD_PRACTICE]"))
                .expectText("La medida quedó marcada como buena práctica.").shot("good-practice");
        assertThat(page.driver.findElement(By.cssSelector("#m" + measureId + " .state")).getText())
                .isEqualTo("Buena práctica");
        page.logout();
    }

    @Test
    @Order(2)
    void theConductorInTreatmentSeesItSuggestedAndCopiesIt() {
        CurrentUser conductor = planning.team.conductor();
        page.login(conductor.username(), "secret-" + conductor.username());
        page.task("Elaborar plan de tratamiento", planningEntity).expectH1("Elaborar plan de tratamiento");
        page.link("R-01").expectText("Medidas de entidades similares").expectText(MEASURE).expectText("Buena práctica")
                .shot("suggestions");
        assertThat(page.driver.getPageSource()).doesNotContain("Carmen Rojas");
        page.link("Copiar a mi plan").expectH1("Agregar medida").expectText("Medida copiada de la biblioteca");
        assertThat(page.driver.findElement(By.id("description")).getAttribute("value")).isEqualTo(MEASURE);
        assertThat(page.driver.findElement(By.id("responsiblePerson")).getAttribute("value")).isEmpty();
        page.submit("Guardar").expectText("Hay errores en el formulario"); // dates and owner are the entity's own: the form asks for them
        LocalDate start = LocalDate.now().plusDays(7);
        page.fill("responsibleUnit", "Oficina de Integridad").fill("responsiblePerson", "Jefa de Integridad")
                .date("startDate", start).date("endDate", start.plusMonths(6))
                .submit("Guardar").expectText("Medida agregada").expectText(MEASURE).shot("copied");
        assertThat(planning.measures()).extracting(Measure::getDescription).containsExactly(MEASURE);
        page.logout();
    }
}
