package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ChangeStatus;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/** The task list page: returns, the journal, the way to the SIP observations, the next period. */
@IntegrationTest
class OverviewTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;

    Walks walks;
    Screen screen;

    @BeforeEach
    void setUp() {
        walks = new Walks(context);
        screen = new Screen(mvc);
    }

    @Test
    void aReturnedScopeShowsAsReturnedWithTheCommentInTheJournal() throws Exception {
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.SCOPE_APPROVAL);
        walks.complete(crew.team().alta(), id, AssessmentProcess.APPROVE_SCOPE, ScopeDecision.RETURN, "Falta Recursos Humanos");

        Document page = screen.page(crew.team().consultivo(), "/assessments/" + id);
        var rows = page.select("table.steps tbody tr");
        assertThat(rows.get(0).selectFirst(".state").text()).isEqualTo("Devuelto");
        assertThat(rows.get(0).text()).contains("Conductor (Oficina de Integridad)");
        assertThat(rows.get(1).selectFirst(".state").text()).isEqualTo("Completado");
        assertThat(rows.get(1).text()).contains(crew.team().alta().fullName());
        assertThat(page.select("table").last().select("tbody tr").last().text())
                .contains("Alcance devuelto", crew.team().alta().fullName(), "Falta Recursos Humanos");
        // the Conductor sees the step as theirs, the adviser does not
        assertThat(screen.page(crew.team().conductor(), "/assessments/" + id).select("tr.mine")).hasSize(1);
        assertThat(page.select("tr.mine")).isEmpty();
    }

    @Test
    void inCorrectionTheOverviewLeadsToTheObservations() throws Exception {
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.CORRECTION);
        Document page = screen.page(crew.team().conductor(), "/assessments/" + id);
        assertThat(page.select("a[href=/assessments/" + id + "/observations]").eachText())
                .contains("Ver las observaciones de la SIP y subsanarlas");
        assertThat(page.select("a[href=/assessments/" + id + "/correction]").eachText())
                .contains("Revisar lo que se enviará y confirmar la subsanación", "Subsanar observaciones");
        assertThat(page.select("table.steps tbody tr").get(7).selectFirst(".state").text()).isEqualTo("En curso");
    }

    /** Each step of the list leads to where it is done, for whoever reads it; none to the list itself. */
    @Test
    void everyStepOfTheListLinksToThePageWhereItIsDone() throws Exception {
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.SIP_REVIEW);
        String overview = "/assessments/" + id;
        Long process = assessments.processes(crew.team().conductor(), id).get(0).getId();
        CurrentUser sip = walks.user("sip.revisor");
        String review = walks.task(sip, id, AssessmentProcess.REVIEW_SUBMISSION).id();
        for (CurrentUser who : java.util.List.of(crew.team().conductor(), crew.team().consultivo(),
                walks.user("auditor"), sip)) {
            Document page = screen.page(who, overview);
            assertThat(page.select("table.steps tbody th a").eachAttr("href")).as(who.username())
                    .doesNotContain(overview)
                    .contains(overview + "/scope", overview + "/processes/" + process, overview + "/evaluation",
                            overview + "/treatment", overview + "/approval", overview + "/correction",
                            overview + "/follow-up");
            assertThat(stepLink(page, "Identificar riesgos del proceso")).isEqualTo(overview + "/processes/" + process);
            // the reviewer goes to the review itself; the others to its outcome, the observations
            assertThat(stepLink(page, "Revisar evaluación (SIP)"))
                    .isEqualTo(who == sip ? "/review/tasks/" + review : overview + "/observations");
            assertThat(screen.status(who, stepLink(page, "Revisar evaluación (SIP)"))).isEqualTo(200);
            assertThat(screen.status(who, stepLink(page, "Identificar riesgos del proceso"))).isEqualTo(200);
        }
    }

    private static String stepLink(Document page, String step) {
        return page.select("table.steps tbody th a").stream()
                .filter(a -> a.text().equals(step))
                .findFirst()
                .orElseThrow()
                .attr("href");
    }

    @Test
    void theConductorStartsTheNextPeriodFromAnApprovedAssessment() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2024, AssessmentStage.FOLLOW_UP);
        String url = "/assessments/" + id;
        assertThat(screen.page(conductor, url).select("form[action=" + url + "/next-period]")).hasSize(1);
        assertThat(screen.page(crew.team().alta(), url).select("form[action=" + url + "/next-period]")).isEmpty();

        Document same = screen.rejected(conductor, url + "/next-period", "periodYear", "2024");
        assertThat(same.select("#periodYear-error").text())
                .isEqualTo("El nuevo periodo debe ser posterior al de la evaluación copiada.");
        assertThat(screen.post(crew.team().alta(), url + "/next-period", "periodYear", "2025").getResponse().getStatus())
                .isEqualTo(403);

        Long next = Screen.lastId(screen.submit(conductor, url + "/next-period", "periodYear", "2025"));
        Assessment copy = assessments.find(next);
        assertThat(copy.getPreviousAssessmentId()).isEqualTo(id);
        assertThat(copy.getStage()).isEqualTo(AssessmentStage.PREPARATION);
        assertThat(assessments.risks(conductor, next)).extracting(Risk::getChangeStatus).containsOnly(ChangeStatus.UNCHANGED);
        assertThat(screen.page(conductor, "/assessments/" + next).select("a[href=/assessments/" + id + "]")).hasSize(1);
    }

    @Test
    void theEntityListShowsItsAssessmentsAndOpeningTwiceForAPeriodIsRefused() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.PREPARATION);

        Document list = screen.page(crew.team().tecnico(), "/entities/" + crew.entityId() + "/assessments");
        assertThat(list.select("a[href=/assessments/" + id + "]").eachText()).containsExactly("2025");
        assertThat(list.select("a[href=/assessments/new]")).isEmpty();
        assertThat(screen.page(conductor, "/entities/" + crew.entityId() + "/assessments").select("a[href=/assessments/new]"))
                .hasSize(1);

        Document again = screen.rejected(conductor, "/assessments", "periodYear", "2025", "context", "");
        assertThat(again.select("#periodYear-error").text()).isEqualTo("Su entidad ya tiene una evaluación para ese periodo.");
        assertThat(assessments.ofEntity(conductor, crew.entityId())).hasSize(1);
    }
}
