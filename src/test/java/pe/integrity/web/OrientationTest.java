package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Decision;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.assessment.StageForm;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Team;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.StepDecision;
import pe.integrity.workflow.WorkflowTasks;

/**
 * A newcomer is told what to do: each role's home says what the role does in the guide, an empty inbox or list
 * says what comes next (with the link when the user can act), and a Consultivo's home lists what waits for their
 * opinion (the risks of their entity's open assessments they have not commented on yet).
 */
@IntegrationTest
class OrientationTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;
    @Autowired Assessments assessments;
    @Autowired ScopeEditing scope;
    @Autowired RiskIdentification identification;
    @Autowired WorkflowTasks tasks;

    @Test
    void aNewConductorIsSentToOpenTheFirstAssessment() throws Exception {
        Team team = Team.create(entities, users, details);
        Document home = page(team.conductor(), "/");

        assertThat(home.selectFirst("#role-CONDUCTOR").text()).contains("conduce la metodología", "plan de tratamiento");
        Element empty = home.selectFirst(".empty-state");
        assertThat(empty.text()).contains("No tiene tareas pendientes", "Su entidad aún no tiene una evaluación");
        Element open = empty.selectFirst("a[href=/assessments/new]");
        assertThat(open.text()).isEqualTo("Abra su primera evaluación");
        assertThat(status(team.conductor(), open.attr("href"))).isEqualTo(200);

        Document list = page(team.conductor(), "/entities/" + team.entityId() + "/assessments");
        assertThat(list.selectFirst(".empty-state").text()).contains("Abra la primera con el botón «Abrir evaluación»");
        assertThat(list.select("a[href=/assessments/new]")).hasSize(1);
    }

    @Test
    void eachRoleOfTheEntityReadsWhatItDoesAndWhatComesNext() throws Exception {
        Team team = Team.create(entities, users, details);

        Document tecnico = page(team.tecnico(), "/");
        assertThat(tecnico.selectFirst("#role-TECNICO").text()).contains("identifica y califica sus riesgos");
        assertThat(tecnico.selectFirst(".empty-state").text()).contains("procesos que el Conductor le asigne");
        assertThat(tecnico.select(".empty-state a[href=/assessments/new]")).isEmpty();
        assertThat(page(team.tecnico(), "/tasks").selectFirst(".empty-state").text())
                .contains("procesos que el Conductor le asigne");
        assertThat(page(team.tecnico(), "/entities/" + team.entityId() + "/assessments").selectFirst(".empty-state")
                .text()).contains("El Conductor de la entidad abre la primera");

        Document alta = page(team.alta(), "/");
        assertThat(alta.selectFirst("#role-ALTA_DIRECCION").text()).contains("aprueba el alcance");
        assertThat(alta.selectFirst(".empty-state").text()).contains("se los envíe para su aprobación");

        Document consultivo = page(team.consultivo(), "/");
        assertThat(consultivo.selectFirst("#role-CONSULTIVO").text()).contains("da su opinión");
    }

    @Test
    void theGlobalRolesReadWhatTheyDo() throws Exception {
        assertThat(page(demo("sip.revisor"), "/").selectFirst("#role-SIP_REVIEWER").text())
                .contains("aprueba o las devuelve con observaciones");
        assertThat(page(demo("auditor"), "/").selectFirst("#role-AUDITOR").text()).contains("no modifica nada");
        assertThat(page(demo("admin"), "/").selectFirst("#role-ADMIN").text()).contains("esquemas de calificación");
        assertThat(page(demo("auditor"), "/").select(".opinions")).isEmpty();
    }

    @Test
    void aConsultivoSeesTheRisksWaitingForTheirOpinionUntilTheyCommentOnThem() throws Exception {
        Team team = Team.create(entities, users, details);
        CurrentUser consultivo = team.consultivo();
        assertThat(page(consultivo, "/").selectFirst(".opinions").text()).contains("Ahora no hay evaluaciones");

        Long id = assessments.open(team.conductor(), 2025, "Contexto").getId();
        ScopeProcessForm p = new ScopeProcessForm();
        p.setName("Contrataciones");
        p.setPrioritisationReason("Presupuesto alto");
        p.setOwnerUsername(team.tecnico().username());
        p.setResponsibleUnit("Logística");
        ProcessInScope process = scope.addProcess(team.conductor(), id, p);
        // in preparation the risks are not identified yet: nothing is open for opinion
        assertThat(page(consultivo, "/").selectFirst(".opinions").text()).contains("Ahora no hay evaluaciones");
        complete(team.conductor(), id, AssessmentProcess.PREPARE_SCOPE, null);
        complete(team.alta(), id, AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE);
        StageForm stage = new StageForm();
        stage.setName("Selección");
        stage.setResponsibleUnit("Logística");
        scope.addStage(team.tecnico(), process.getId(), stage);
        Risk risk = identification.add(team.tecnico(), process.getId(), AssessmentJourney.riskForm("Direccionar la selección"));

        Element box = page(consultivo, "/").selectFirst(".opinions");
        assertThat(box.selectFirst("h3").text()).contains("Periodo 2025", "Identificación");
        String riskPage = "/assessments/" + id + "/risks/" + risk.getId();
        assertThat(box.selectFirst("a[href=" + riskPage + "]").text()).isEqualTo(risk.getCode());
        assertThat(box.text()).contains("(1 de 1)");

        // another entity's Consultivo sees none of it
        CurrentUser stranger = Team.create(entities, users, details).consultivo();
        assertThat(page(stranger, "/").select(".opinions a[href=" + riskPage + "]")).isEmpty();

        int commented = mvc.perform(MockMvcRequestBuilders.post(riskPage + "/comments").with(user(consultivo))
                .with(csrf()).param("text", "Conviene rotar al comité.")).andReturn().getResponse().getStatus();
        assertThat(commented).isEqualTo(302);
        Element after = page(consultivo, "/").selectFirst(".opinions");
        assertThat(after.select("a[href=" + riskPage + "]")).isEmpty();
        assertThat(after.text()).contains("Ya comentó el riesgo");
    }

    private void complete(CurrentUser who, Long id, String key, Decision decision) {
        String task = tasks.openTasks(who, id).stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow().id();
        tasks.complete(who, task, decision == null ? StepDecision.done() : StepDecision.of(decision, null));
    }

    private CurrentUser demo(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }

    private int status(CurrentUser who, String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(user(who))).andReturn().getResponse().getStatus();
    }

    private Document page(CurrentUser who, String url) throws Exception {
        var r = mvc.perform(MockMvcRequestBuilders.get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as("GET " + url).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
