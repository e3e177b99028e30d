package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.StageForm;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * "Quitar", "Retirar este riesgo", "Eliminar esta medida" and "Completar paso" act only after a confirmation page:
 * the button is a GET to the action's own path, the page says what will happen and holds the real POST form;
 * "Cancelar" leads back and changes nothing; a user of another entity gets no confirmation page (403/404).
 */
@IntegrationTest
class ConfirmationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired ScopeEditing scope;
    @Autowired TransactionTemplate transaction;

    Screen screen;
    Walks walks;

    @BeforeEach
    void setUp() {
        screen = new Screen(mvc);
        walks = new Walks(context);
    }

    @Test
    void withdrawingARiskAsksFirstCancelKeepsItAndYesRemovesIt() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        Risk risk = walks.addStageAndRisk(tecnico, assessments.processes(tecnico, id).get(0).getId());
        String riskPage = "/assessments/" + id + "/risks/" + risk.getId();

        // the risk page's button leads to the confirmation page, it does not post
        Element button = screen.page(tecnico, riskPage).selectFirst("form[action=" + riskPage + "/remove]");
        assertThat(button.attr("method")).isEqualTo("get");
        assertThat(button.text()).isEqualTo("Retirar este riesgo");

        Document confirm = screen.page(tecnico, riskPage + "/remove");
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("¿Retirar el riesgo " + risk.getCode() + "?");
        assertThat(confirm.selectFirst("#confirm-text").text()).contains(risk.getCode(), "se eliminará");
        Element form = confirmForm(confirm, riskPage + "/remove");
        assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Sí, retirar el riesgo");

        assertThat(cancel(confirm)).isEqualTo(riskPage);
        screen.page(tecnico, cancel(confirm));
        assertThat(assessments.risks(tecnico, id)).extracting(Risk::getId).containsExactly(risk.getId());

        CurrentUser outsider = walks.crew().team().conductor();
        assertThat(screen.status(outsider, riskPage + "/remove")).isIn(403, 404);

        assertThat(screen.send(tecnico, form).getResponse().getRedirectedUrl())
                .endsWith("/processes/" + risk.getProcess().getId());
        assertThat(assessments.risks(tecnico, id)).isEmpty();
    }

    @Test
    void removingAStageAsksFirstAndTheOtherEntityGetsNoPage() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        ProcessInScope process = assessments.processes(tecnico, id).get(0);
        StageForm f = new StageForm();
        f.setName("Etapa duplicada");
        f.setResponsibleUnit("Logística");
        Long sid = scope.addStage(tecnico, process.getId(), f).getId();
        String processPage = "/assessments/" + id + "/processes/" + process.getId();
        String remove = processPage + "/stages/" + sid + "/remove";

        assertThat(screen.page(tecnico, processPage).selectFirst("form[action=" + remove + "]").attr("method"))
                .isEqualTo("get");
        Document confirm = screen.page(tecnico, remove);
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("¿Quitar la etapa «Etapa duplicada»?");
        assertThat(cancel(confirm)).isEqualTo(processPage);
        assertThat(stageCount(tecnico, id)).isEqualTo(1);

        CurrentUser outsider = walks.crew().team().conductor();
        assertThat(screen.status(outsider, remove)).isIn(403, 404);
        assertThat(screen.status(tecnico, processPage + "/stages/999999/remove")).isEqualTo(404);

        screen.send(tecnico, confirmForm(confirm, remove));
        assertThat(stageCount(tecnico, id)).isZero();
    }

    @Test
    void removingAProcessFromTheScopeAsksFirst() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.PREPARATION);
        ProcessInScope process = scope.addProcess(conductor, id, Walks.process("Contrataciones", crew.team().tecnico().username()));
        String scopePage = "/assessments/" + id + "/scope";
        String remove = scopePage + "/processes/" + process.getId() + "/remove";

        assertThat(screen.page(conductor, scopePage).selectFirst("form[action=" + remove + "]").attr("method"))
                .isEqualTo("get");
        Document confirm = screen.page(conductor, remove);
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("¿Quitar el proceso «Contrataciones» del alcance?");
        assertThat(confirmForm(confirm, remove).selectFirst("button").text()).isEqualTo("Sí, quitar el proceso");
        assertThat(cancel(confirm)).isEqualTo(scopePage);
        assertThat(assessments.processes(conductor, id)).hasSize(1);

        // the Técnico of the same entity does not conduct the scope; another entity's Conductor sees nothing
        assertThat(screen.status(crew.team().tecnico(), remove)).isEqualTo(403);
        assertThat(screen.status(walks.crew().team().conductor(), remove)).isIn(403, 404);

        screen.send(conductor, confirmForm(confirm, remove));
        assertThat(assessments.processes(conductor, id)).isEmpty();
    }

    @Test
    void deletingAMeasureAsksFirst() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk risk = assessments.risks(conductor, id).get(0);
        walks.addMeasure(conductor, risk.getId());
        Measure measure = assessments.measures(conductor, id).get(0);
        String measurePage = "/assessments/" + id + "/measures/" + measure.getId();

        assertThat(screen.page(conductor, measurePage).selectFirst("form[action=" + measurePage + "/remove]")
                .attr("method")).isEqualTo("get");
        Document confirm = screen.page(conductor, measurePage + "/remove");
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("¿Eliminar la medida?");
        assertThat(confirm.selectFirst("#confirm-text").text()).contains(measure.getDescription());
        assertThat(cancel(confirm)).isEqualTo(measurePage);
        assertThat(assessments.measures(conductor, id)).hasSize(1);

        assertThat(screen.status(walks.crew().team().conductor(), measurePage + "/remove")).isIn(403, 404);

        assertThat(screen.send(conductor, confirmForm(confirm, measurePage + "/remove")).getResponse()
                .getRedirectedUrl()).endsWith("/treatment/" + risk.getId());
        assertThat(assessments.measures(conductor, id)).isEmpty();
    }

    @Test
    void completingAStepAsksFirstSaysWhatFollowsAndPostsTheTask() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.PREPARATION);
        scope.addProcess(conductor, id, Walks.process("Contrataciones", crew.team().tecnico().username()));
        String scopePage = "/assessments/" + id + "/scope";

        Document page = screen.page(conductor, scopePage);
        Element button = page.selectFirst("form[action=" + scopePage + "/complete]");
        assertThat(button.attr("method")).isEqualTo("get");
        String taskId = Screen.taskId(page, "/scope/complete");
        String confirmUrl = scopePage + "/complete?taskId=" + taskId;

        Document confirm = screen.page(conductor, confirmUrl);
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("¿Completar el paso «Preparar contexto y alcance»?");
        assertThat(confirm.selectFirst("#confirm-text").text()).contains("Alta Dirección");
        Element form = confirmForm(confirm, scopePage + "/complete");
        assertThat(form.selectFirst("input[name=taskId]").val()).isEqualTo(taskId);
        assertThat(cancel(confirm)).isEqualTo(scopePage);
        screen.page(conductor, cancel(confirm));
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.PREPARATION);

        // no task, another step's page, the Técnico, another entity: no confirmation page
        assertThat(screen.status(conductor, scopePage + "/complete")).isEqualTo(404);
        assertThat(screen.status(conductor, "/assessments/" + id + "/evaluation/complete?taskId=" + taskId))
                .isEqualTo(404);
        assertThat(screen.status(crew.team().tecnico(), confirmUrl)).isIn(403, 404);
        assertThat(screen.status(walks.crew().team().conductor(), confirmUrl)).isIn(403, 404);

        assertThat(screen.send(conductor, form).getResponse().getRedirectedUrl()).isEqualTo("/assessments/" + id);
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.SCOPE_APPROVAL);
        assertThat(walks.open(crew.team().alta(), id, AssessmentProcess.APPROVE_SCOPE)).hasSize(1);
    }

    @Test
    void completingIdentificationOfAProcessAsksFirstInEnglishToo() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        ProcessInScope process = assessments.processes(tecnico, id).get(0);
        walks.addStageAndRisk(tecnico, process.getId());
        String processPage = "/assessments/" + id + "/processes/" + process.getId();
        String taskId = Screen.taskId(screen.page(tecnico, processPage), "/complete");

        Document confirm = screen.page(tecnico, processPage + "/complete?taskId=" + taskId + "&lang=en");
        assertThat(confirm.selectFirst("h1").text()).startsWith("Complete the step").doesNotContain("??");
        assertThat(confirm.selectFirst("a.cancel").text()).isEqualTo("Cancel");

        screen.send(tecnico, confirmForm(confirm, processPage + "/complete"));
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.EVALUATION);
    }

    /** The page's POST form to the action, with its CSRF token. */
    private static Element confirmForm(Document confirm, String action) {
        Element form = confirm.selectFirst("form[method=post][action=" + action + "]");
        assertThat(form).as("POST form to " + action).isNotNull();
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        return form;
    }

    private static String cancel(Document confirm) {
        Element a = confirm.selectFirst("a.cancel");
        assertThat(a.text()).isEqualTo("Cancelar");
        return a.attr("href");
    }

    private long stageCount(CurrentUser user, Long id) {
        return transaction.execute(t -> (long) assessments.processes(user, id).get(0).getStages().size());
    }
}
