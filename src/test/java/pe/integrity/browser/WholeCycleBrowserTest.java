package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole cycle of a new entity (Wanchaq, which has no demo users) in a real browser, every role starting
 * from its home page and going on only by links and the application's own forms: users made by the
 * administrator, scope, two processes identified by two Técnicos, evaluation, treatment, internal approval,
 * SIP's observations, correction and resubmission, SIP's approval, the approved registers and their
 * verification, a follow-up report, and the auditor reading it all without any way to change it. axe-core
 * runs inside every page photographed on the way.
 *
 * <p>Only what a real installation's background job executor does is done here directly (it is off in tests):
 * publishing the approved register and the follow-up timer.
 */
@BrowserTest
class WholeCycleBrowserTest implements WithBrowser {

    static final String ENTITY = "Municipalidad Distrital de Wanchaq";
    static final String PASSWORD = "wanchaq-2026";
    static final String CONDUCTOR = "conductor.wanchaq";
    static final String ALTA = "alta.wanchaq";
    static final String TECNICO_1 = "tecnico1.wanchaq";
    static final String TECNICO_2 = "tecnico2.wanchaq";
    static final String PROCESS_1 = "Contratación de bienes y servicios";
    static final String PROCESS_2 = "Selección de personal";

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    WebPage page;
    String assessmentPath;
    byte[] approvedPdf;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void openBrowser() {
        page = new WebPage(port, "walk", true);
    }

    @AfterAll
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(0)
    void axeReportsAViolationWhenThereIsOne() {
        // the check can fail: an image without alternative text and an unlabelled field are critical
        page.driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=es><title>x</title><main>"
                + "<img src=x.png><input type=text></main></html>");
        assertThat(page.blockingViolations()).anySatisfy(v -> assertThat(v).contains("image-alt"));
    }

    @Test
    @Order(1)
    void administratorCreatesTheEntitysUsers() {
        page.login("admin").shot("admin-home");
        page.link("Usuarios").expectH1("Usuarios").shot("users");
        createUser(CONDUCTOR, "Rosa Huallpa", "Conductor (Oficina de Integridad)");
        createUser(ALTA, "Mario Quispe", "Alta Dirección");
        createUser(TECNICO_1, "Lucía Mamani", "Técnico (dueño de proceso)");
        createUser(TECNICO_2, "Jorge Ccahuana", "Técnico (dueño de proceso)");
        // the entity's page lists its four people
        page.home().link("Entidades");
        page.fill("q", "Wanchaq").submit("Filtrar").link(ENTITY).expectH1(ENTITY).shot("entity-members");
        for (String u : List.of("Rosa Huallpa", "Mario Quispe", "Lucía Mamani", "Jorge Ccahuana")) {
            page.expectText(u);
        }
        page.logout();
    }

    private void createUser(String username, String fullName, String role) {
        page.link("Nuevo usuario").expectH1("Nuevo usuario");
        // the entity is found by a search, not in a list of every entity; the search page asks for the password again
        page.fill("username", username)
                .fill("fullName", fullName)
                .fill("email", username + "@wanchaq.gob.pe")
                .fill("entityId-query", "Wanchaq")
                .submit("Buscar")
                .chooseContaining(ENTITY)
                .fill("password", PASSWORD)
                .choose(role);
        if (username.equals(CONDUCTOR)) {
            page.shot("user-form");
        }
        // the list is paged and other tests add users: the entity's page below shows that each one exists
        page.submit("Guardar").expectH1("Usuarios").expectText("Los cambios se guardaron");
    }

    @Test
    @Order(2)
    void conductorOpensTheAssessmentAndScopesIt() {
        page.login(CONDUCTOR, PASSWORD).shot("conductor-home");
        page.link("Evaluaciones de mi entidad").link("Abrir evaluación").expectH1("Abrir evaluación");
        page.fill("context", "Municipalidad distrital de Cusco con 30 000 habitantes; alto volumen de contrataciones.")
                .shot("open-assessment")
                .submit("Abrir evaluación");
        page.expectText("Evaluación abierta");
        assessmentPath = page.path();
        assertThat(assessmentPath).matches("/assessments/\\d+");
        expectJournal("Evaluación abierta");

        page.home().task("Preparar contexto y alcance", ENTITY).expectH1("Preparar contexto y alcance");
        addProcess(PROCESS_1, "Lucía Mamani", "Logística");
        addProcess(PROCESS_2, "Jorge Ccahuana", "Recursos Humanos");
        page.expectText(PROCESS_1).expectText(PROCESS_2).shot("scope");
        page.submit("Completar paso").expectH1("¿Completar el paso").submit("Sí, completar el paso")
                .expectText("Paso completado");
        expectJournalFromOverview("Alcance remitido a la Alta Dirección");
        page.logout();
    }

    private void addProcess(String name, String owner, String unit) {
        page.fill("name", name)
                .fill("prioritisationReason", "Alto presupuesto y contacto con terceros")
                .select("ownerUsername", owner)
                .fill("responsibleUnit", unit)
                .submit("Agregar proceso");
    }

    @Test
    @Order(3)
    void altaDireccionApprovesTheScope() {
        page.login(ALTA, PASSWORD).shot("alta-home");
        page.task("Aprobar alcance", ENTITY).expectH1("Aprobar alcance").expectText(PROCESS_1).expectText(PROCESS_2);
        page.choose("Aprobar").shot("scope-approval").submit("Registrar decisión");
        expectJournalFromOverview("Alcance aprobado");
        page.logout();
    }

    @Test
    @Order(4)
    void twoTecnicosIdentifyRisksInTheirProcesses() {
        identify(TECNICO_1, PROCESS_2, PROCESS_1, "Adquisiciones", "Direccionar la contratación a un proveedor",
                "Acto de corrupción");
        identify(TECNICO_2, PROCESS_1, PROCESS_2, "Convocatoria", "Favorecer a un postulante por recomendación",
                "Inconducta funcional");
    }

    private void identify(String tecnico, String notMine, String process, String stage, String behaviour, String category) {
        page.login(tecnico, PASSWORD);
        assertThat(page.hasTask("Identificar riesgos del proceso", ENTITY, notMine))
                .as("%s sees only the process they own", tecnico).isFalse();
        page.task("Identificar riesgos del proceso", ENTITY, process).expectH1(process);
        // level 1: a stage of the process
        page.fill("name", stage).fill("responsibleUnit", "Unidad de " + stage).submit("Agregar etapa").expectText(stage);
        // level 2: a risk in that stage
        page.select("stageId", stage)
                .fill("riskyBehaviour", behaviour)
                .fill("statement", "Posibilidad de " + behaviour.toLowerCase() + " para obtener un beneficio indebido")
                .selectFirstTypologyIn("classification", category)
                .fill("causes", "Discrecionalidad en la decisión")
                .fill("consequences", "Perjuicio económico y pérdida de confianza")
                .fill("actors", "Servidores de la unidad y terceros interesados")
                .fill("existingControls", "Revisión del jefe de la unidad");
        page.shot("risk-form-" + tecnico.substring(0, 8));
        page.submit("Agregar riesgo");
        page.expectText("agregado").expectText("Posibilidad de " + behaviour.toLowerCase());
        page.submit("Completar paso").expectH1("¿Completar el paso").submit("Sí, completar el paso")
                .expectText("Paso completado");
        page.logout();
    }

    @Test
    @Order(5)
    void conductorEvaluatesAndPlansTreatment() {
        page.login(CONDUCTOR, PASSWORD);
        page.task("Evaluar riesgos", ENTITY).expectH1("Evaluar riesgos").shot("evaluation");
        for (String code : List.of("R-01", "R-02")) {
            page.link(code).expectH1(code);
            page.selectLast("probability").selectLast("impact").selectLast("controlRating");
            if (code.equals("R-01")) {
                page.shot("evaluation-risk");
            }
            page.submit("Guardar");
            if (!page.path().endsWith("/evaluation")) {
                page.link("Volver");
            }
        }
        page.shot("evaluation-done");
        page.submit("Completar paso").expectH1("¿Completar el paso").submit("Sí, completar el paso")
                .expectText("Paso completado");

        page.home().task("Elaborar plan de tratamiento", ENTITY).expectH1("Elaborar plan de tratamiento");
        for (String code : List.of("R-01", "R-02")) {
            page.link(code).expectH1(code);
            page.choose("Mitigar").submit("Guardar");
            page.link("Agregar medida").expectH1("Agregar medida");
            fillMeasure("Publicar las actas de " + code + " en el portal de transparencia");
            if (code.equals("R-01")) {
                page.shot("measure-form");
            }
            page.submit("Guardar").expectText("Medida agregada");
            page.link("Volver");
        }
        page.shot("treatment");
        page.submit("Completar paso").expectH1("¿Completar el paso").submit("Sí, completar el paso")
                .expectText("Paso completado");
        expectJournalFromOverview("Plan de tratamiento completado");
        page.logout();
    }

    void fillMeasure(String description) {
        LocalDate start = LocalDate.now().plusDays(7);
        page.fill("description", description)
                .select("type", "Preventiva")
                .fill("causeAddressed", "Discrecionalidad en la decisión")
                .fill("responsibleUnit", "Oficina de Integridad")
                .fill("responsiblePerson", "Jefa de la Oficina de Integridad")
                .date("startDate", start)
                .date("endDate", start.plusMonths(6))
                .fill("indicator", "Porcentaje de actas publicadas")
                .fill("verificationMeans", "Reporte del portal de transparencia");
    }

    @Test
    @Order(6)
    void altaDireccionApprovesTheAssessment() {
        page.login(ALTA, PASSWORD);
        page.task("Aprobar evaluación y plan", ENTITY).expectH1("Aprobar evaluación y plan").expectText("R-01").expectText("R-02");
        page.choose("Aprobar").shot("approval").submit("Registrar decisión");
        expectJournalFromOverview("Remitida a la SIP");
        page.logout();
    }

    @Test
    @Order(7)
    void sipObservesARiskAndAMeasure() {
        page.login("sip.revisor").shot("sip-home");
        page.task("Revisar evaluación (SIP)", ENTITY).expectText(ENTITY).shot("review");
        // the reviewer takes the submission, so that colleagues see who is on it
        page.select("assignee", "Rosa Quispe (SIP)").submit("Asignar").expectText("Revisión asignada");
        page.link("Asignadas a mí").expectText("quedan 15 días").shot("review-queue-mine");
        page.linkInRow(ENTITY, "Revisar").expectText(ENTITY);
        page.selectFirstInGroup("observations0.target", "Riesgos")
                .fill("observations0.text", "Precise la causa: la discrecionalidad no basta para explicar el riesgo.");
        page.submit("Agregar otra observación");
        page.selectFirstInGroup("observations1.target", "Medidas")
                .fill("observations1.text", "El indicador no permite medir el avance: indique la meta.");
        page.shot("review-observations");
        page.submit("Observar y devolver a la entidad");
        page.home();
        assertThat(page.hasTask("Revisar evaluación (SIP)", ENTITY)).as("review done").isFalse();
        page.logout();
    }

    @Test
    @Order(8)
    void entityCorrectsAndResubmits() {
        page.login(CONDUCTOR, PASSWORD);
        page.task("Subsanar observaciones", ENTITY);
        // the correction step has its own page that completes it (issue 7, point 1)
        assertThat(page.h1()).as("page of the step 'Subsanar observaciones' (%s)", page.path())
                .contains("Subsanar observaciones");
        page.expectText("Observaciones pendientes (2)").shot("correction");

        // each observation leads to where it is fixed: the risk, then the measure
        page.link("Ver las observaciones y marcarlas como subsanadas").shot("observations");
        page.click(By.cssSelector("main a[href*='/risks/']")).expectH1("R-01");
        page.expectText("Observaciones de la SIP por subsanar (1)").expectText("Precise la causa");
        page.fill("causes", "Discrecionalidad del comité y falta de rotación del personal")
                .submit("Guardar").expectText("Los cambios se guardaron");
        // the overview sums up what is left and leads back to the risk, where its observation is marked resolved
        page.home().task("Subsanar observaciones", ENTITY).link("Lista de pasos de la evaluación")
                .expectText("Observaciones de la SIP por subsanar (2)").shot("overview-observations");
        page.click(By.cssSelector("#observations a[href*='/risks/']")).expectH1("R-01");
        page.submit("Marcar subsanada").expectText("Se actualizó el estado de la observación")
                .expectText("Observaciones de la SIP por subsanar (0)").shot("risk-observation-resolved");
        page.home().task("Subsanar observaciones", ENTITY).link("Ver las observaciones y marcarlas como subsanadas");
        page.click(By.cssSelector("main a[href*='/measures/']")).expectH1("Editar medida");
        page.fill("indicator", "Porcentaje de actas publicadas; meta: 100 % al cierre del periodo")
                .submit("Guardar").expectText("Los cambios se guardaron");

        // the measure's observation marked resolved on the observations page (the risk's already is)
        page.home().task("Subsanar observaciones", ENTITY).link("Ver las observaciones y marcarlas como subsanadas");
        page.submit("Marcar subsanada");
        assertThat(page.driver.findElements(By.xpath("//main//button[normalize-space()='Marcar subsanada']"))).isEmpty();

        // what will be sent, then the confirmation
        page.link("Revisar lo que se enviará y confirmar la subsanación");
        page.expectText("Observaciones marcadas como subsanadas (2)").expectText("No quedan observaciones pendientes")
                .expectText("rotación del personal");
        page.fill("comment", "Se precisaron la causa de R-01 y la meta del indicador.").shot("correction-confirm");
        page.submit("Confirmar y enviar a la Alta Dirección");
        expectJournalFromOverview("Observaciones subsanadas");
        page.logout();

        page.login(ALTA, PASSWORD);
        page.task("Aprobar evaluación y plan", ENTITY).expectH1("Aprobar evaluación y plan");
        page.choose("Aprobar").submit("Registrar decisión");
        expectJournalFromOverview("Remitida a la SIP");
        page.logout();
    }

    @Test
    @Order(9)
    void sipApproves() {
        page.login("sip.revisor");
        page.task("Revisar evaluación (SIP)", ENTITY).expectText("Qué cambió").shot("review-round-2");
        page.submit("Aprobar la evaluación");
        page.logout();
        // the background job executor's part: publish the approved register, then generate its files
        runJobs("Task_PublishRegister");
        durableJobs.runDue();
    }

    @Test
    @Order(10)
    void approvedRegistersDownloadAndVerify() throws IOException {
        page.login(CONDUCTOR, PASSWORD).link("Evaluaciones de mi entidad");
        page.link(String.valueOf(LocalDate.now().getYear()));
        expectJournal("Aprobada por la SIP");
        // the two submissions SIP received, side by side: the correction's changes
        page.link("Comparar remisiones a la SIP").expectH1("Comparar remisiones a la SIP")
                .expectText("Qué cambió de la remisión 1 a la 2").shot("submissions");
        page.link("Lista de pasos de la evaluación");
        page.link("Registros (PDF y Excel)").shot("registers");
        List<WebElement> rows = page.driver.findElements(By.xpath("//main//tr[contains(normalize-space(), 'Aprobado')]"));
        assertThat(rows).as("approved registers listed").hasSizeGreaterThanOrEqualTo(2);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (WebElement row : rows) {
            WebElement a = row.findElement(By.tagName("a"));
            files.put(a.getText(), page.download(a.getAttribute("href")));
        }
        approvedPdf = files.entrySet().stream().filter(e -> e.getKey().contains("PDF")).findFirst().orElseThrow().getValue();
        byte[] xlsx = files.entrySet().stream().filter(e -> e.getKey().contains("Excel")).findFirst().orElseThrow().getValue();
        assertThat(new String(approvedPdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        Path pdf = Path.of("target", "browser-screenshots", "walk", "registro-aprobado.pdf");
        Files.write(pdf, approvedPdf);
        page.link("Verificar la autenticidad de un registro").expectH1("Verificar");
        page.upload("archivo", pdf);
        page.click(By.xpath("//form[@enctype='multipart/form-data']//button"));
        page.expectText("Registro auténtico").expectText("Registro aprobado por la SIP").expectText(ENTITY).shot("verified");
        page.home().logout();
    }

    @Test
    @Order(11)
    void aFollowUpReportIsFiled() {
        // the follow-up timer fires (the job executor's part), then the report is a task of the entity
        runJobs("Timer_NextReport");
        page.login(TECNICO_1, PASSWORD);
        page.task("Reportar avance de medidas", ENTITY).expectH1("Reportar avance de medidas").shot("follow-up");
        page.click(By.cssSelector("main table tbody tr a"));
        page.select("status", "En curso").fill("progress", "40").fill("comment", "Actas de enero a marzo publicadas")
                .submit("Guardar");
        // the report is kept in the measure's history, with the cycle it belongs to
        page.expectText("Historial de reportes").expectText("Actas de enero a marzo publicadas");
        page.shot("follow-up-measure");
        page.link("Volver");
        page.submit("Completar reporte").expectH1("¿Completar el paso").submit("Sí, completar el paso")
                .expectText("Reporte de avance registrado");
        expectJournalFromOverview("Avance de medidas reportado");
        page.logout();
    }

    @Test
    @Order(12)
    void auditorReadsItAllAndCannotChangeAnything() {
        page.login("auditor").shot("auditor-home");
        List<String> visited = new ArrayList<>();
        Map<String, List<String>> changing = new LinkedHashMap<>();
        page.link("Entidades");
        page.fill("q", "Wanchaq").submit("Filtrar").link(ENTITY).shot("auditor-entity");
        record(visited, changing);
        // issue 7: every page a role may read is reachable from its home; the entity's page must lead on
        assertThat(page.driver.findElements(By.cssSelector("main a[href$='/assessments']")))
                .as("a link from the entity page %s to the entity's assessments, for the auditor", page.path())
                .isNotEmpty();
        page.click(By.cssSelector("main a[href$='/assessments']")).shot("auditor-assessments");
        record(visited, changing);
        page.link(String.valueOf(LocalDate.now().getYear())).shot("auditor-overview");
        record(visited, changing);
        expectJournal("Avance de medidas reportado");
        String overview = page.driver.getCurrentUrl();
        for (String link : List.of(PROCESS_1, PROCESS_2, "Evaluar riesgos", "Elaborar plan de tratamiento",
                "Reportar avance de medidas", "Registros (PDF y Excel)", "Revisar evaluación (SIP)")) {
            page.link(link);
            record(visited, changing);
            if (link.equals(PROCESS_1)) { // a risk, as the auditor sees it
                page.link("R-01").shot("auditor-risk");
                record(visited, changing);
                page.driver.navigate().back();
            }
            if (link.equals("Elaborar plan de tratamiento")) { // a risk's treatment and one of its measures
                page.link("R-01");
                record(visited, changing);
                page.click(By.cssSelector("main a[href*='/measures/']")).shot("auditor-measure");
                record(visited, changing);
                page.driver.navigate().back();
                page.driver.navigate().back();
            }
            if (link.equals("Reportar avance de medidas")) { // a measure's follow-up
                page.click(By.cssSelector("main table tbody tr a"));
                record(visited, changing);
                page.driver.navigate().back();
            }
            page.driver.navigate().back();
            assertThat(page.driver.getCurrentUrl()).isEqualTo(overview);
        }
        assertThat(visited).hasSizeGreaterThanOrEqualTo(14);
        assertThat(changing).as("forms that change something, on the auditor's pages %s", visited).isEmpty();
        page.logout();
    }

    private void record(List<String> visited, Map<String, List<String>> changing) {
        visited.add(page.path());
        page.axe();
        // a draft register (PDF/Excel "BORRADOR") is a read: it changes nothing in the assessment
        List<String> forms = page.changingForms().stream().filter(a -> !a.endsWith("/registers")).toList();
        if (!forms.isEmpty()) {
            changing.put(page.path(), forms);
        }
    }

    @Test
    @Order(98)
    @EvenAfterFailedStep
    void everyPageOfTheWalkIsLightAndHasNoScript() {
        page.budgets.forEach(b -> System.out.printf("page weight %6d B (HTML %5d + assets %5d)  %s%n",
                b.totalBytes(), b.htmlBytes(), b.assetBytes(), b.path()));
        page.assertWithinBudget();
    }

    @Test
    @Order(99)
    @EvenAfterFailedStep
    void everyPageOfTheWalkPassesAxe() {
        System.out.println("axe-core ran inside " + page.checkedPages.size() + " pages of the walk: " + page.checkedPages);
        page.assertNoAxeViolations();
    }

    // ---------------------------------------------------------------- helpers

    /** The journal ("Historial") on the assessment's overview shows the entry. */
    private void expectJournal(String entry) {
        assertThat(page.driver.findElements(By.xpath("//main//h2[starts-with(normalize-space(), 'Historial')]/following-sibling::table[1]//td")))
                .as("journal on %s", page.path())
                .anySatisfy(td -> assertThat(td.getText()).contains(entry));
    }

    /** On the overview (where completing a step leads), or back to it by "Lista de pasos": the entry is there. */
    private void expectJournalFromOverview(String entry) {
        if (!page.path().equals(assessmentPath)) {
            page.link("Lista de pasos de la evaluación");
        }
        expectJournal(entry);
    }

    private void runJobs(String activityId) {
        String id = assessmentPath.substring(assessmentPath.lastIndexOf('/') + 1);
        List<Job> jobs = management.createJobQuery().activityId(activityId).list().stream()
                .filter(j -> id.equals(String.valueOf(processVariable(j.getProcessInstanceId()))))
                .toList();
        assertThat(jobs).as("job at %s for assessment %s", activityId, id).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    pe.integrity.workflow.DurableJobs durableJobs;

    private Object processVariable(String processInstanceId) {
        return runtime.getVariable(processInstanceId, "assessmentId");
    }
}
