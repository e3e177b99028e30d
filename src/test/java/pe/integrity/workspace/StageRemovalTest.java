package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.ProcessActivity;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.StageForm;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/** A Nivel 1 stage without risks can be removed from the process page; one with risks cannot. */
@IntegrationTest
class StageRemovalTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired ScopeEditing scope;
    @Autowired pe.integrity.assessment.RiskIdentification identification;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    Screen screen;
    Walks walks;

    @BeforeEach
    void setUp() {
        screen = new Screen(mvc);
        walks = new Walks(context);
    }

    @Test
    void anUnusedStageIsRemovedAStageWithRisksStays() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        ProcessInScope process = assessments.processes(tecnico, id).get(0);
        StageForm used = new StageForm();
        used.setName("Selección");
        used.setResponsibleUnit("Logística");
        Long usedId = scope.addStage(tecnico, process.getId(), used).getId();
        pe.integrity.assessment.RiskForm risk = pe.integrity.support.AssessmentJourney.riskForm("Direccionar la selección");
        risk.setStageId(usedId);
        identification.add(tecnico, process.getId(), risk);
        StageForm spare = new StageForm();
        spare.setName("Etapa duplicada");
        spare.setResponsibleUnit("Logística");
        scope.addStage(tecnico, process.getId(), spare);
        String page = "/assessments/" + id + "/processes/" + process.getId();

        Document refused = screen.rejected(tecnico, page + "/stages/" + usedId + "/remove");
        assertThat(refused.select("[role=alert]").text()).contains("No se puede quitar una etapa con riesgos");
        assertThat(stageId(tecnico, id, "Selección")).isEqualTo(usedId);

        CurrentUser outsider = walks.crew().team().conductor();
        Long unused = stageId(tecnico, id, "Etapa duplicada");
        assertThat(screen.post(outsider, page + "/stages/" + unused + "/remove").getResponse().getStatus())
                .isEqualTo(403);

        screen.submit(tecnico, page + "/stages/" + unused + "/remove");
        java.util.List<String> names = transaction.execute(t -> assessments.processes(tecnico, id).get(0)
                .getStages().stream()
                .map(ProcessActivity::getName)
                .toList());
        assertThat(names).containsExactly("Selección");
    }

    private Long stageId(CurrentUser user, Long assessmentId, String name) {
        return transaction.execute(t -> assessments.processes(user, assessmentId).get(0).getStages().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId());
    }
}
