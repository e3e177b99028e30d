package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ManagementService;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.assessment.SipDecision;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.WorkflowTasks;

/**
 * Follow-up through the screens after SIP's approval: the Conductor asks for an extraordinary report with a reason,
 * the Técnico reports from the inbox, the Conductor submits the cycle, and Alta Dirección opens the cycle's
 * verifiable report (PDF) from the overview. The assessment is brought to follow-up through the services first.
 */
@BrowserTest
class FollowUpBrowserTest implements WithBrowser {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext ctx;

    WebPage page;
    AssessmentJourney journey;
    String entity;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void prepare() {
        page = new WebPage(port, "follow-up", false);
        journey = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toSipReview("Contrataciones");
        CurrentUser sip = (CurrentUser) ctx.getBean(UserDetailsService.class).loadUserByUsername("sip.revisor");
        journey.complete(sip, AssessmentProcess.REVIEW_SUBMISSION, SipDecision.APPROVED, "Conforme");
        ctx.getBean(WorkflowTasks.class).runPendingJobs(journey.assessmentId);
        entity = ctx.getBean(EntityDirectory.class).find(journey.team.entityId()).orElseThrow().getName();
    }

    @AfterAll
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    private String password(CurrentUser user) {
        return "secret-" + user.username();
    }

    private void openAssessment() {
        page.home().link("Ver mi entidad").link("Evaluaciones de riesgos de la entidad")
                .link(String.valueOf(LocalDate.now().getYear()));
    }

    @Test
    @Order(1)
    void theConductorAsksForAnExtraordinaryReport() {
        page.login(journey.team.conductor().username(), password(journey.team.conductor()));
        openAssessment();
        page.link("Ver el seguimiento").expectH1("Reportar avance de medidas").expectText("Reporte extraordinario");
        page.submit("Pedir el reporte ahora").expectText("Escriba el motivo del reporte extraordinario");
        page.fill("reason", "Auditoría de la Contraloría").submit("Pedir el reporte ahora")
                .expectText("Se pidió el reporte de avance extraordinario").shot("extraordinary-report");
        page.logout();
    }

    @Test
    @Order(2)
    void theTecnicoReportsFromTheInbox() {
        page.login(journey.team.tecnico().username(), password(journey.team.tecnico()));
        page.task("Reportar avance de medidas", entity).expectH1("Reportar avance de medidas");
        page.click(By.cssSelector("main table tbody tr a"));
        page.select("status", "En curso").fill("progress", "50").fill("comment", "Actas del primer trimestre")
                .submit("Guardar").expectText("Actas del primer trimestre");
        page.logout();
    }

    @Test
    @Order(3)
    void theConductorSubmitsTheCycle() {
        page.login(journey.team.conductor().username(), password(journey.team.conductor()));
        page.task("Reportar avance de medidas", entity);
        page.submit("Completar reporte").expectH1("¿Completar el paso").submit("Sí, completar el paso")
                .expectText("Reporte de avance registrado");
        page.logout();
    }

    @Test
    @Order(4)
    void altaDireccionOpensTheCyclesVerifiableReport() throws Exception {
        page.login(journey.team.alta().username(), password(journey.team.alta()));
        openAssessment();
        page.link("Ver los reportes por ciclo").expectH1("Reportes de avance por ciclo")
                .expectText("Actas del primer trimestre").shot("follow-up-cycles");
        String report = page.href("Informe del ciclo 1 en PDF");
        assertThat(downloadReport(report)).startsWith("%PDF-");
        page.logout();
    }

    @Test
    @Order(5)
    void atPeriodEndTheConductorDropsAMeasureWithAReasonAndRatesAtClose() {
        ManagementService management = ctx.getBean(ManagementService.class);
        String pi = journey.assessment().getProcessInstanceId();
        management.executeJob(management.createJobQuery().processInstanceId(pi)
                .activityId(AssessmentProcess.TIMER_PERIOD_END).singleResult().getId()); // 31 December
        page.login(journey.team.conductor().username(), password(journey.team.conductor()));
        page.task("Calificar nivel residual al cierre", entity).expectH1("Calificar nivel residual al cierre")
                .expectText("Continúa en el periodo siguiente");
        page.click(By.cssSelector("main table tbody tr th a"));
        page.choose("Se da de baja (no continúa en el periodo siguiente)").click(By.cssSelector("form.outcome button"))
                .expectText("Escriba el motivo para dar de baja la medida");
        page.choose("Se da de baja (no continúa en el periodo siguiente)")
                .fill(page.driver.findElement(By.cssSelector("form.outcome textarea")).getAttribute("id"),
                        "La norma que la exigía fue derogada")
                .click(By.cssSelector("form.outcome button"));
        page.expectText("Dada de baja").expectText("Motivo: La norma que la exigía fue derogada").shot("closing-risk");
        page.selectLast("controlRating").submit("Guardar");
        page.home().task("Calificar nivel residual al cierre", entity).submit("Completar paso").expectH1("¿Completar el paso")
                .submit("Sí, completar el paso").expectText("Paso completado");
        page.logout();
    }

    @Test
    @Order(6)
    void altaDireccionDownloadsTheVerifiableClosingReport() throws Exception {
        page.login(journey.team.alta().username(), password(journey.team.alta()));
        openAssessment();
        page.expectText("El periodo está cerrado").shot("closed-overview");
        String report = page.driver.findElement(By.cssSelector("#closing-report a")).getAttribute("href");
        assertThat(downloadReport(report)).startsWith("%PDF-");
        page.logout();
    }

    @Test
    @Order(7)
    void theConductorOpensTheNextPeriodAndComparesItWithThisOne() {
        int year = LocalDate.now().getYear();
        page.login(journey.team.conductor().username(), password(journey.team.conductor()));
        openAssessment();
        page.fill("periodYear", String.valueOf(year + 1)).submit("Iniciar siguiente periodo")
                .expectH1("Evaluación " + (year + 1));
        page.link("Comparar con el periodo anterior").expectH1("Periodo " + (year + 1) + " frente a " + year)
                .expectText("Sin cambios") // the risk was copied as it was
                .expectText("Medidas que continúan del periodo anterior: 0") // its one measure was dropped at close
                .shot("year-over-year");
        page.logout();
    }

    /** A report link followed as the browser's user: archived (a redirect), then downloaded from the register list. */
    private String downloadReport(String report) throws Exception {
        Cookie session = page.driver.manage().getCookieNamed("SESSION");
        HttpResponse<Void> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(report))
                .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(made.statusCode()).as("the report is archived, then downloaded from the register list").isEqualTo(302);
        String download = URI.create(report).resolve(made.headers().firstValue("Location").orElseThrow()).toString();
        return new String(page.download(download), 0, 5, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
