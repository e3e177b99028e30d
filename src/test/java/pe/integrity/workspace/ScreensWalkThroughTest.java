package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.CatalogProcess;
import pe.integrity.catalog.HeatMap;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.catalog.Typology;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.Role;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Team;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;
import pe.integrity.workspace.step.StepLinks;

/**
 * One assessment through a whole cycle (opening, SIP's observations, correction, approval, follow-up), done only
 * by POSTing the screens' forms as the entity's people and SIP would, reading task ids and record ids from the
 * pages they get back. Every step is completed from the page {@link StepLinks} names for it, reached from the
 * user's inbox; at the end Camunda's history must show every user task of the deployed model completed by a
 * person of the role that holds it, each with its journal entry. A second test holds the registry to the
 * deployed model, so a new user task cannot be added without its page.
 */
@IntegrationTest
class ScreensWalkThroughTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired Catalog catalog;
    @Autowired ScoringSchemes schemes;
    @Autowired WorkflowTasks tasks;
    @Autowired UserDetailsService details;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers;
    // Camunda's own services, only to read the deployed model and the history and to fire the follow-up timer
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;

    Screen screen;
    /** Task definition key → who completed it through its page in this walk. */
    final Map<String, Set<String>> completedOnPages = new HashMap<>();

    @Test
    void theScreensDriveAWholeCycleAndEveryUserTaskOfTheModelIsCompletedOnItsPageByItsRole() throws Exception {
        screen = new Screen(mvc);
        Walks walks = new Walks(context);
        Team team = walks.crew().team();
        CurrentUser conductor = team.conductor();
        CurrentUser tecnico = team.tecnico();
        CurrentUser alta = team.alta();

        // Preparation: open, context, two processes (one from the catalogue, named by it), complete
        String overview = screen.submit(conductor, "/assessments", "periodYear", "2025", "context", "");
        Long id = Screen.lastId(overview);
        assertThat(screen.page(conductor, "/tasks").text()).contains("Preparar contexto y alcance");
        String scope = "/assessments/" + id + "/scope";
        screen.submit(conductor, scope + "/context", "context", "Municipalidad con alta demanda de licencias");
        CatalogProcess fromCatalog = catalog.processes().get(0);
        screen.submit(conductor, scope + "/processes", "catalogProcessCode", fromCatalog.code(), "name", "",
                "prioritisationReason", "Presupuesto alto", "ownerUsername", tecnico.username(),
                "responsibleUnit", "Logística");
        screen.submit(conductor, scope + "/processes", "catalogProcessCode", "", "name", "Licencias de edificación",
                "prioritisationReason", "Quejas ciudadanas", "ownerUsername", tecnico.username(),
                "responsibleUnit", "Desarrollo urbano");
        assertThat(assessments.processes(conductor, id)).extracting(ProcessInScope::getName)
                .containsExactly(fromCatalog.nameEs(), "Licencias de edificación");
        assertThat(completeStep(conductor, id, AssessmentProcess.PREPARE_SCOPE, null))
                .isEqualTo("/assessments/" + id);

        // Scope approval by Alta Dirección, from its inbox
        Document altaInbox = screen.page(alta, "/tasks");
        assertThat(altaInbox.select("a[href=/assessments/" + id + "/scope-approval]")).hasSize(1);
        completeStep(alta, id, AssessmentProcess.APPROVE_SCOPE, null, "outcome", "APPROVE");

        // Identification: the Técnico finds one task per process in the inbox, adds a stage and a risk to each
        List<String> processPages = screen.page(tecnico, "/tasks").select("a[href*=/processes/]").eachAttr("href");
        assertThat(processPages).hasSize(2);
        Typology typology = catalog.typologies().stream()
                .filter(t -> t.category() == PracticeCategory.CORRUPTION_ACT)
                .findFirst()
                .orElseThrow();
        for (String page : processPages) {
            screen.submit(tecnico, page + "/stages", "name", "Evaluación de expedientes", "responsibleUnit", "Logística");
            Document process = screen.page(tecnico, page);
            String stageId = process.select("select[name=stageId] option[value~=\\d+]").first().val();
            screen.submit(tecnico, page + "/risks", "stageId", stageId, "context", "Alta demanda",
                    "riskyBehaviour", "Favorecer a un solicitante", "statement",
                    "Posibilidad de que un evaluador favorezca a un solicitante a cambio de un pago",
                    "category", "CORRUPTION_ACT", "typologyCode", typology.code(), "causes", "Discrecionalidad",
                    "consequences", "Pérdida de confianza", "actors", "Evaluador; solicitante",
                    "existingControls", "Revisión por el jefe");
            completeStep(tecnico, id, AssessmentProcess.IDENTIFY_RISKS, Screen.lastId(page));
        }
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.EVALUATION);

        // Evaluation: one severe and one mild rating, from the scheme's own values
        ScoringScheme scheme = walks.scheme(id);
        String evaluation = "/assessments/" + id + "/evaluation";
        List<Risk> risks = assessments.risks(conductor, id);
        assertThat(risks).hasSize(2);
        rate(screen, conductor, evaluation, risks.get(0).getId(), Walks.max(scheme.probabilityLevels()),
                Walks.max(scheme.impactLevels()), walks.weakest(scheme));
        rate(screen, conductor, evaluation, risks.get(1).getId(), Walks.min(scheme.probabilityLevels()),
                Walks.min(scheme.impactLevels()), walks.strongest(scheme));
        Document rated = screen.page(conductor, evaluation);
        assertThat(inherentCounts(rated)).isEqualTo(expectedCounts(scheme, assessments.risks(conductor, id)));
        completeStep(conductor, id, AssessmentProcess.EVALUATE_RISKS, null);

        // Treatment: a measure where required, an accepted risk otherwise
        String treatment = "/assessments/" + id + "/treatment";
        for (Risk r : assessments.risks(conductor, id)) {
            String riskPage = treatment + "/" + r.getId();
            if (Boolean.TRUE.equals(r.getTreatmentRequired())) {
                LocalDate end = LocalDate.now().plusMonths(6);
                screen.submit(conductor, riskPage + "/measures", "description", "Sorteo de expedientes",
                        "type", "PREVENTIVE", "causeAddressed", "Discrecionalidad", "responsibleUnit", "Logística",
                        "responsiblePerson", "Jefa de Logística", "startDate", end.minusMonths(3).toString(),
                        "endDate", end.toString(), "indicator", "Expedientes sorteados",
                        "verificationMeans", "Actas", "resources", "Personal propio");
            } else {
                screen.submit(conductor, riskPage, "response", "ACCEPT",
                        "justification", "Nivel bajo con controles fuertes", "version", version(screen, conductor, riskPage));
            }
        }
        Document plan = screen.page(conductor, treatment);
        assertThat(plan.select(".missing li")).isEmpty();
        completeStep(conductor, id, AssessmentProcess.PLAN_TREATMENT, null);

        // Internal approval, then the SIP reviewer has the review in the inbox
        completeStep(alta, id, AssessmentProcess.APPROVE_ASSESSMENT, null, "outcome", "APPROVE");
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.SIP_REVIEW);
        CurrentUser sip = walks.user("sip.revisor");
        String review = walks.task(sip, id, AssessmentProcess.REVIEW_SUBMISSION).id();
        assertThat(screen.page(sip, "/tasks").select("a[href=/review/tasks/" + review + "]").eachText())
                .containsExactly("Revisar evaluación (SIP)");
        assertThat(screen.page(sip, "/assessments/" + id).select("a[href=/review/tasks/" + review + "]")).hasSize(1);

        // The task list shows every step before the review as done, with who did it
        Document list = screen.page(conductor, "/assessments/" + id);
        List<String> states = new ArrayList<>();
        for (Element row : list.select("table.steps tbody tr")) {
            states.add(row.selectFirst("th a").text() + ": " + row.selectFirst(".state").text());
        }
        assertThat(states).startsWith(
                "Preparar contexto y alcance: Completado", "Aprobar alcance: Completado",
                "Identificar riesgos del proceso: Completado", "Evaluar riesgos: Completado",
                "Elaborar plan de tratamiento: Completado", "Aprobar evaluación y plan: Completado",
                "Revisar evaluación (SIP): En curso");
        assertThat(list.select("table.steps tbody tr").get(1).text()).contains(alta.fullName());
        assertThat(list.select("table").last().text()).contains("Remitida a la SIP");

        // SIP observes a risk and a measure on its review page
        Risk observedRisk = assessments.risks(conductor, id).get(0);
        Measure observedMeasure = assessments.measures(conductor, id).get(0);
        completeStep(sip, id, AssessmentProcess.REVIEW_SUBMISSION, null, "decision", "OBSERVED",
                "observations[0].target", "RISK:" + observedRisk.getId(),
                "observations[0].text", "Precise las causas del riesgo.",
                "observations[1].target", "MEASURE:" + observedMeasure.getId(),
                "observations[1].text", "El indicador de la medida no es medible.");
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.CORRECTION);

        // the Conductor follows the observation on the measure to where it is fixed, and fixes it there
        Document observationsPage = screen.page(conductor, "/assessments/" + id + "/observations");
        String measurePage = "/assessments/" + id + "/measures/" + observedMeasure.getId();
        assertThat(observationsPage.select("a[href=" + measurePage + "]")).hasSize(1);
        Element measureForm = screen.page(conductor, measurePage).selectFirst("form[action=" + measurePage + "]");
        assertThat(screen.send(conductor, measureForm, "indicator", "Porcentaje de expedientes sorteados")
                .getResponse().getStatus()).isEqualTo(302);
        for (Element resolve : screen.page(conductor, "/assessments/" + id + "/observations")
                .select("form[action$=/resolve]")) {
            assertThat(screen.send(conductor, resolve).getResponse().getStatus()).isEqualTo(302);
        }
        Document correction = screen.page(conductor, "/assessments/" + id + "/correction");
        assertThat(correction.select("ul.changes li.changed").text()).contains("Porcentaje de expedientes sorteados");
        assertThat(correction.select("#resolved li")).hasSize(2);
        assertThat(correction.select("#open li")).isEmpty();
        completeStep(conductor, id, AssessmentProcess.CORRECT_OBSERVATIONS, null, "comment", "Indicador precisado");

        // Alta Dirección approves again, SIP approves the second round
        completeStep(alta, id, AssessmentProcess.APPROVE_ASSESSMENT, null, "outcome", "APPROVE");
        assertThat(assessments.find(id).getSubmissionRound()).isEqualTo(2);
        completeStep(sip, id, AssessmentProcess.REVIEW_SUBMISSION, null, "decision", "APPROVED");
        tasks.runPendingJobs(id);
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.FOLLOW_UP);

        // six months later (the timer, fired by hand) the Técnico reports progress and completes the report
        String pi = assessments.find(id).getProcessInstanceId();
        walks.fireNextReportTimer(id);
        Measure reported = assessments.measures(conductor, id).get(0);
        String followUp = "/assessments/" + id + "/follow-up/" + reported.getId();
        Element progress = screen.page(tecnico, followUp).selectFirst("form[action=" + followUp + "]");
        assertThat(screen.send(tecnico, progress, "status", "IN_PROGRESS", "progress", "40", "comment", "Avance")
                .getResponse().getStatus()).isEqualTo(302);
        completeStep(tecnico, id, AssessmentProcess.REPORT_PROGRESS, null);

        // the period ends (its timer, fired by hand): the Conductor rates each risk's controls at close on its form
        walks.fireTimer(id, AssessmentProcess.TIMER_PERIOD_END);
        String closing = "/assessments/" + id + "/closing";
        String rating = walks.strongest(walks.scheme(id));
        for (Risk r : assessments.risks(conductor, id).stream().filter(r -> !r.isRemoved()).toList()) {
            Element rate = screen.page(conductor, closing).selectFirst("form[action=" + closing + "/" + r.getId() + "]");
            assertThat(rate).as("closing form of " + r.getCode()).isNotNull();
            assertThat(screen.send(conductor, rate, "controlRating", rating).getResponse().getStatus()).isEqualTo(302);
        }
        completeStep(conductor, id, AssessmentProcess.RATE_RESIDUAL_AT_CLOSE, null);
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.CLOSED);

        everyUserTaskWasCompletedOnItsPageByItsRole(id, pi);
    }

    /** The registry names a page for every user task of the deployed model, and each is a page of the application. */
    @Test
    void everyUserTaskOfTheDeployedModelHasAPageThatCompletesIt() {
        assertThat(StepLinks.PAGES.keySet()).as("user tasks of the deployed model without a page")
                .containsExactlyInAnyOrderElementsOf(userTaskKeys(latestModel()));
        Set<String> getPages = handlers.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(e -> e.getKey().getPathPatternsCondition().getPatternValues().stream())
                .map(ScreensWalkThroughTest::shape)
                .collect(Collectors.toSet());
        StepLinks.PAGES.forEach((key, page) -> assertThat(getPages).as("page of " + key).contains(shape(page)));
    }

    /**
     * Completes the user's open task of the step from the page the registry names for it: the link is in the
     * user's inbox, the page offers the completing form for that very task, and posting it (as rendered, with
     * the given fields filled in) succeeds. Returns where the application sent the user.
     */
    private String completeStep(CurrentUser who, Long id, String key, Long processInScopeId, String... fields)
            throws Exception {
        TaskView task = tasks.openTasks(who, id).stream()
                .filter(t -> t.key().equals(key))
                .filter(t -> processInScopeId == null || processInScopeId.equals(t.processInScopeId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open " + key + " for " + who.username()));
        String url = StepLinks.of(key, id, task.processInScopeId(), task.id());
        assertThat(screen.page(who, "/tasks").select("a[href=" + url + "]")).as("inbox link to " + url).isNotEmpty();
        Document page = screen.page(who, url);
        Element form = page.select("form").stream()
                .filter(f -> f.select("input[name=taskId]").stream().anyMatch(i -> i.val().equals(task.id()))
                        || f.attr("action").endsWith("/" + task.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(url + " offers no form completing " + key));
        if ("get".equalsIgnoreCase(form.attr("method"))) {
            // "Completar paso" leads to its confirmation page, which holds the form that completes the task
            String action = form.attr("action");
            Document confirm = screen.page(who, action + "?taskId=" + task.id());
            form = confirm.selectFirst("form[method=post][action=" + action + "]");
            assertThat(form).as("confirmation page of " + action).isNotNull();
        }
        MvcResult result = screen.send(who, form, fields);
        assertThat(result.getResponse().getStatus())
                .as("completing " + key + " on " + url + ": " + Screen.errors(Screen.parse(result)))
                .isEqualTo(302);
        assertThat(tasks.openTasks(who, id)).extracting(TaskView::id).doesNotContain(task.id());
        completedOnPages.computeIfAbsent(key, k -> new HashSet<>()).add(who.username());
        return result.getResponse().getRedirectedUrl();
    }

    /** Camunda's history of the walk: every user task of the model done by a person of its role, journalled. */
    private void everyUserTaskWasCompletedOnItsPageByItsRole(Long id, String pi) {
        BpmnModelInstance model = repository.getBpmnModelInstance(
                history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getProcessDefinitionId());
        List<AssessmentEvent> journal = assessments.journal(walksUser("auditor"), id);
        for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
            String key = userTask.getId();
            assertThat(completedOnPages).as(key + " completed through its page").containsKey(key);
            List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceId(pi)
                    .taskDefinitionKey(key).finished().list().stream()
                    .filter(t -> "completed".equals(t.getDeleteReason()))
                    .toList();
            assertThat(done).as(key + " completed in the history").isNotEmpty();
            Set<Role> holders = holders(userTask);
            for (HistoricTaskInstance t : done) {
                assertThat(t.getAssignee()).as(key + " assignee").isNotNull().isNotEqualTo("admin");
                assertThat(completedOnPages.get(key)).as(key + " completed by whoever used its page").contains(t.getAssignee());
                CurrentUser by = walksUser(t.getAssignee());
                assertThat(by.roles()).as(key + " completed by a holder (" + holders + ")").containsAnyElementsOf(holders);
                assertThat(by.roles()).doesNotContain(Role.ADMIN);
                assertThat(journal).as(key + " journalled by " + t.getAssignee())
                        .anyMatch(e -> JOURNAL.get(key).contains(e.getType()) && t.getAssignee().equals(e.getActorUsername()));
            }
        }
    }

    /** What each step leaves in the journal (WorkflowTasks writes it in the completing transaction). */
    static final Map<String, Set<AssessmentEvent.Type>> JOURNAL = Map.of(
            AssessmentProcess.PREPARE_SCOPE, Set.of(AssessmentEvent.Type.SCOPE_SUBMITTED),
            AssessmentProcess.APPROVE_SCOPE, Set.of(AssessmentEvent.Type.SCOPE_APPROVED, AssessmentEvent.Type.SCOPE_RETURNED),
            AssessmentProcess.IDENTIFY_RISKS, Set.of(AssessmentEvent.Type.IDENTIFICATION_DONE),
            AssessmentProcess.EVALUATE_RISKS, Set.of(AssessmentEvent.Type.EVALUATION_DONE),
            AssessmentProcess.PLAN_TREATMENT, Set.of(AssessmentEvent.Type.TREATMENT_DONE),
            AssessmentProcess.APPROVE_ASSESSMENT,
                    Set.of(AssessmentEvent.Type.APPROVED_INTERNALLY, AssessmentEvent.Type.RETURNED_INTERNALLY),
            AssessmentProcess.REVIEW_SUBMISSION, Set.of(AssessmentEvent.Type.SIP_APPROVED, AssessmentEvent.Type.SIP_OBSERVED),
            AssessmentProcess.CORRECT_OBSERVATIONS, Set.of(AssessmentEvent.Type.CORRECTED),
            AssessmentProcess.REPORT_PROGRESS, Set.of(AssessmentEvent.Type.PROGRESS_REPORTED),
            AssessmentProcess.RATE_RESIDUAL_AT_CLOSE, Set.of(AssessmentEvent.Type.CLOSING_RATED));

    /** Roles named by a task's candidate groups ({@code entity:${entityId}:CONDUCTOR}, {@code sip-reviewers}). */
    private static Set<Role> holders(UserTask task) {
        Set<Role> roles = new HashSet<>();
        for (String group : task.getCamundaCandidateGroups().split(",")) {
            String g = group.strip();
            roles.add(g.equals(CurrentUser.SIP_REVIEWERS_GROUP) ? Role.SIP_REVIEWER
                    : Role.valueOf(g.substring(g.lastIndexOf(':') + 1)));
        }
        return roles;
    }

    private BpmnModelInstance latestModel() {
        return repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                .processDefinitionKey(AssessmentProcess.KEY).latestVersion().singleResult().getId());
    }

    private static Set<String> userTaskKeys(BpmnModelInstance model) {
        return model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).collect(Collectors.toSet());
    }

    /** A path with its variables' names blanked, so {@code /a/{id}} and {@code /a/{assessmentId}} compare equal. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    private CurrentUser walksUser(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }


    private static void rate(Screen screen, CurrentUser who, String evaluation, Long riskId, int probability, int impact,
            String rating) throws Exception {
        Document page = screen.page(who, evaluation);
        String version = page.selectFirst("form#f-" + riskId + " input[name=version]").val();
        screen.submit(who, evaluation + "/" + riskId, "probability", String.valueOf(probability),
                "impact", String.valueOf(impact), "controlRating", rating, "version", version);
    }

    private static String version(Screen screen, CurrentUser who, String page) throws Exception {
        return screen.page(who, page).selectFirst("input[name=version]").val();
    }

    /** Counts of the inherent heat map, row by row, as printed. */
    static List<Integer> inherentCounts(Document page) {
        return page.select("table.heatmap").first().select("td .count").eachText().stream().map(Integer::valueOf).toList();
    }

    /** The same cells, counted from the risks in the database. */
    List<Integer> expectedCounts(ScoringScheme scheme, List<Risk> risks) {
        HeatMap map = schemes.heatMap(scheme.code());
        return map.cells().stream()
                .map(c -> (int) risks.stream()
                        .filter(r -> r.isEvaluated() && r.getProbability() == c.probability() && r.getImpact() == c.impact())
                        .count())
                .toList();
    }

    static String step(String key) {
        return AssessmentProcess.STEPS.get(key).stage().name();
    }
}
