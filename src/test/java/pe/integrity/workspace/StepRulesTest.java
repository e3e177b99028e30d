package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * Bad input on the step pages: invalid forms come back with localized messages and change nothing, steps
 * with gaps list them, closed stages and stale versions are conflicts.
 */
@IntegrationTest
public class StepRulesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;

    Screen screen;
    Walks walks;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        screen = new Screen(mvc);
        walks = new Walks(context);
    }

    @Test
    void invalidScopeFormsComeBackWithMessagesAndSaveNothing() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.PREPARATION);
        String scope = "/assessments/" + id + "/scope";

        Document page = screen.rejected(conductor, scope + "/processes", "name", " ", "prioritisationReason", "",
                "ownerUsername", crew.team().alta().username(), "responsibleUnit", "Logística");
        assertThat(Screen.errors(page)).contains("Este campo es obligatorio.");
        assertThat(page.select("#name-error").text()).isEqualTo("Este campo es obligatorio.");

        // a valid form with an owner who is not a Técnico of the entity: the use case's rule, shown at the field
        page = screen.rejected(conductor, scope + "/processes", "name", "Contrataciones", "prioritisationReason", "Monto",
                "ownerUsername", crew.team().alta().username(), "responsibleUnit", "Logística");
        assertThat(page.select("#ownerUsername-error").text())
                .isEqualTo("Elija un Técnico activo de su entidad como responsable del proceso.");
        page = screen.rejected(conductor, scope + "/processes", "catalogProcessCode", "NO_EXISTE", "name", "",
                "prioritisationReason", "Monto", "ownerUsername", crew.team().tecnico().username(),
                "responsibleUnit", "Logística");
        assertThat(page.select("#catalogProcessCode-error").text()).isEqualTo("El proceso elegido no existe en el catálogo.");
        assertThat(assessments.processes(conductor, id)).isEmpty();

        // in English, the same rule in English
        MvcResult english = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post(scope + "/processes").param("lang", "en").param("name", "")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(conductor))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        assertThat(Screen.parse(english).select("#name-error").text()).isEqualTo("This field is required.");
    }

    @Test
    void completingAStepWithGapsListsThemAndLeavesTheTaskOpen() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = assessments.open(conductor, 2025, null).getId();
        String scope = "/assessments/" + id + "/scope";

        Document page = screen.rejected(conductor, scope + "/complete",
                "taskId", Screen.taskId(screen.page(conductor, scope), "/scope/complete"));
        assertThat(page.select(".error-summary li").eachText()).containsExactly(
                "Falta describir el contexto de la entidad.", "Agregue al menos un proceso al alcance.");
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.PREPARATION);
        assertThat(walks.open(conductor, id, AssessmentProcess.PREPARE_SCOPE)).hasSize(1);
        assertThat(assessments.journal(conductor, id)).extracting(AssessmentEvent::getType)
                .containsExactly(AssessmentEvent.Type.OPENED);
    }

    @Test
    void treatmentPageSaysWhatIsMissingAndRefusesToComplete() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        String treatment = "/assessments/" + id + "/treatment";
        Risk risk = assessments.risks(conductor, id).get(0);

        Document plan = screen.page(conductor, treatment);
        assertThat(plan.select(".missing li").eachText()).containsExactly("El riesgo " + risk.getCode() + " requiere al menos una medida.");
        Document refused = screen.rejected(conductor, treatment + "/complete", "taskId", Screen.taskId(plan, "/treatment/complete"));
        assertThat(refused.select("[role=alert] li").eachText()).contains("El riesgo " + risk.getCode() + " requiere al menos una medida.");
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.TREATMENT);

        // the evaluated level requires treatment: accepting it is refused at the field, nothing saved
        Document accept = screen.rejected(conductor, treatment + "/" + risk.getId(), "response", "ACCEPT",
                "justification", "Sin presupuesto", "version", String.valueOf(risk.getVersion()));
        assertThat(accept.select("#response-error").text()).isEqualTo("Este nivel de riesgo exige tratamiento: no puede aceptarse.");
        // a measure that ends before it starts
        LocalDate start = LocalDate.now();
        Document measure = screen.rejected(conductor, treatment + "/" + risk.getId() + "/measures", "description", "Rotar",
                "type", "PREVENTIVE", "responsibleUnit", "Logística", "responsiblePerson", "Jefe",
                "startDate", start.toString(), "endDate", start.minusDays(1).toString(), "indicator", "Rotaciones",
                "verificationMeans", "Memos");
        assertThat(measure.select("#endDate-error").text()).isEqualTo("La fecha de fin no puede ser anterior a la de inicio.");
        Risk after = assessments.risks(conductor, id).get(0);
        assertThat(after.getResponse()).isEqualTo(risk.getResponse());
        assertThat(after.getVersion()).isEqualTo(risk.getVersion());
        assertThat(assessments.measures(conductor, id)).isEmpty();
    }

    @Test
    void evaluationRefusesValuesOutsideTheSchemeAndMissingOnes() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.EVALUATION);
        Risk risk = assessments.risks(conductor, id).get(0);
        ScoringScheme scheme = walks.scheme(id);
        String url = "/assessments/" + id + "/evaluation/" + risk.getId();

        Document outside = screen.rejected(conductor, url, "probability", String.valueOf(Walks.max(scheme.probabilityLevels()) + 1),
                "impact", "1", "controlRating", walks.weakest(scheme), "version", String.valueOf(risk.getVersion()));
        assertThat(outside.select("#probability-error").text())
                .isEqualTo("El valor no pertenece a la escala del esquema de calificación.");
        Document missing = screen.rejected(conductor, url, "probability", "", "impact", "1", "controlRating", "",
                "version", String.valueOf(risk.getVersion()));
        assertThat(missing.select("#probability-error, #controlRating-error").eachText())
                .containsExactly("Este campo es obligatorio.", "Este campo es obligatorio.");
        assertThat(assessments.risks(conductor, id).get(0).isEvaluated()).isFalse();
    }

    @Test
    void aReturnWithoutACommentIsRefusedAndTheTaskStaysOpen() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser alta = crew.team().alta();
        Long id = walks.at(crew, 2025, AssessmentStage.SCOPE_APPROVAL);
        String url = "/assessments/" + id + "/scope-approval";

        Document page = screen.rejected(alta, url, "taskId", Screen.taskId(screen.page(alta, url), "/scope-approval"),
                "outcome", "RETURN", "comment", "  ");
        assertThat(page.select("#comment-error").text()).isEqualTo("Escriba un comentario que explique la devolución.");
        Document noOutcome = screen.rejected(alta, url, "taskId", Screen.taskId(page, "/scope-approval"));
        assertThat(noOutcome.select("#outcome-error").text()).isEqualTo("Elija una decisión válida.");
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.SCOPE_APPROVAL);
        assertThat(walks.open(alta, id, AssessmentProcess.APPROVE_SCOPE)).hasSize(1);
    }

    @Test
    void editsInAStageThatDoesNotAllowThemAreConflicts() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.EVALUATION);
        ProcessInScope process = assessments.processes(conductor, id).get(0);
        int risks = assessments.risks(conductor, id).size();

        MvcResult addRisk = screen.post(conductor, "/assessments/" + id + "/processes/" + process.getId() + "/risks",
                "riskyBehaviour", "Otra conducta", "statement", "Posibilidad de otra conducta", "category", "MISCONDUCT");
        assertThat(addRisk.getResponse().getStatus()).isEqualTo(409);
        assertThat(Screen.parse(addRisk).text()).contains("La evaluación está en una etapa que no permite este cambio.");
        MvcResult addProcess = screen.post(conductor, "/assessments/" + id + "/scope/processes", "name", "Otro",
                "prioritisationReason", "x", "ownerUsername", crew.team().tecnico().username(), "responsibleUnit", "x");
        assertThat(addProcess.getResponse().getStatus()).isEqualTo(409);
        assertThat(assessments.risks(conductor, id)).hasSize(risks);
        assertThat(assessments.processes(conductor, id)).hasSize(1);
    }

    @Test
    void twoPeopleSavingTheSameRiskVersionTheSecondGetsAConflictAndTheFirstChangeStays() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        CurrentUser owner = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        Long pid = walks.task(owner, id, AssessmentProcess.IDENTIFY_RISKS).processInScopeId();
        Risk risk = walks.addStageAndRisk(owner, pid);
        String url = "/assessments/" + id + "/risks/" + risk.getId();

        // both open the page and read the same version
        String versionSeenByOwner = screen.page(owner, url).selectFirst("input[name=version]").val();
        String versionSeenByConductor = screen.page(conductor, url).selectFirst("input[name=version]").val();
        assertThat(versionSeenByOwner).isEqualTo(versionSeenByConductor);

        screen.submit(owner, url, "riskyBehaviour", risk.getRiskyBehaviour(), "statement", risk.getStatement(),
                "category", "CORRUPTION_ACT", "causes", "Causa del dueño", "version", versionSeenByOwner);
        MvcResult second = screen.post(conductor, url, "riskyBehaviour", risk.getRiskyBehaviour(),
                "statement", risk.getStatement(), "category", "CORRUPTION_ACT", "causes", "Causa del Conductor",
                "version", versionSeenByConductor);

        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        assertThat(Screen.parse(second).text()).contains("Otra persona modificó este registro");
        List<Risk> after = assessments.risks(conductor, id);
        assertThat(after).extracting(Risk::getCauses).containsExactly("Causa del dueño");
    }

    @Test
    void progressOutsideZeroToHundredIsRefused() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser owner = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.FOLLOW_UP);
        Measure m = assessments.measures(owner, id).get(0);

        Document page = screen.rejected(owner, "/assessments/" + id + "/follow-up/" + m.getId(), "status", "IN_PROGRESS",
                "progress", "150", "comment", "Demasiado", "version", String.valueOf(m.getVersion()));
        assertThat(page.select("#progress-error").text()).isEqualTo("El valor máximo es 100.");
        Measure after = assessments.measures(owner, id).get(0);
        assertThat(after.getProgress()).isEqualTo(m.getProgress());
        assertThat(after.getProgressComment()).isNull();

        screen.submit(owner, "/assessments/" + id + "/follow-up/" + m.getId(), "status", "IN_PROGRESS",
                "progress", "60", "comment", "Se publicaron seis actas", "version", String.valueOf(m.getVersion()));
        Document saved = screen.page(owner, "/assessments/" + id + "/follow-up/" + m.getId());
        assertThat(saved.select("dl.facts").text()).contains("En curso", "60 %", "Se publicaron seis actas");
    }
}
