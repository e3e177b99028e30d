package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * "Calificar nivel residual al cierre" on screen: reached from the Conductor's inbox once the period has ended, one
 * form per risk as on the evaluation step; only the entity's Conductor rates; a rating outside the scheme comes
 * back with a Spanish message and nothing is saved.
 */
@IntegrationTest
class ClosingWebTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;

    @Test
    void theConductorRatesEachRiskAtCloseFromTheInboxAndNobodyElseCan() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        Walks.Crew stranger = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        CurrentUser tecnico = crew.team().tecnico();
        CurrentUser alta = crew.team().alta();
        Long id = walks.at(crew, 2025, AssessmentStage.CLOSING);
        Screen screen = new Screen(mvc);
        String closing = "/assessments/" + id + "/closing";
        Risk risk = assessments.risks(conductor, id).get(0);
        String riskUrl = closing + "/" + risk.getId();

        assertThat(screen.page(conductor, "/tasks").select("a[href=" + closing + "]")).as("inbox link").isNotEmpty();
        Document page = screen.page(conductor, closing);
        assertThat(page.select("thead th").eachText())
                .contains("Riesgo inherente", "Residual planificado", "Medidas al cierre", "Residual al cierre");
        assertThat(page.select("tbody tr").text()).contains(risk.getCode(), "No iniciada");

        // read-only for the others of the entity; the Técnico owning the process may not rate either
        for (CurrentUser reader : List.of(tecnico, alta)) {
            assertThat(screen.page(reader, closing).select("form[action=" + riskUrl + "]")).as(reader.username()).isEmpty();
            assertThat(screen.page(reader, riskUrl).select("main form[method=post]")).as(reader.username()).isEmpty();
        }
        String rating = walks.strongest(walks.scheme(id));
        String version = String.valueOf(risk.getVersion());
        for (CurrentUser intruder : List.of(tecnico, alta, stranger.team().conductor())) {
            assertThat(screen.post(intruder, riskUrl, "controlRating", rating, "version", version).getResponse()
                    .getStatus()).as(intruder.username()).isIn(403, 404);
            assertThat(screen.status(intruder, closing + "/complete")).as(intruder.username()).isIn(200, 403, 404);
        }
        assertThat(screen.status(stranger.team().conductor(), closing)).isIn(403, 404);

        // a rating outside the scheme: the form again with a Spanish message, nothing saved
        Element form = screen.page(conductor, riskUrl).selectFirst("form[action=" + riskUrl + "]");
        Document refused = Screen.parse(screen.send(conductor, form, "controlRating", "INVENTADA"));
        assertThat(Screen.errors(refused)).contains("escala del esquema");
        assertThat(assessments.find(id).getStage()).isEqualTo(AssessmentStage.CLOSING);
        assertThat(closingLevel(conductor, id, risk.getId())).isNull();

        // the step cannot complete while a risk lacks its level at close
        String taskId = walks.task(conductor, id, AssessmentProcess.RATE_RESIDUAL_AT_CLOSE).id();
        Document gaps = Screen.parse(screen.post(conductor, closing + "/complete", "taskId", taskId));
        assertThat(gaps.select(".error-summary").text()).contains("nivel residual al cierre");

        assertThat(screen.send(conductor, form, "controlRating", rating, "comment", "Comité instalado")
                .getResponse().getStatus()).isEqualTo(302);
        Risk rated = assessments.risks(conductor, id).get(0);
        assertThat(rated.getClosingControlRating()).isEqualTo(rating);
        assertThat(rated.getClosingComment()).isEqualTo("Comité instalado");
        assertThat(screen.page(alta, closing).select("tbody tr").text()).as("everyone of the entity reads it")
                .contains(walks.scheme(id).findLevel(rated.getClosingResidualLevel()).orElseThrow().labelEs());
    }

    private String closingLevel(CurrentUser user, Long id, Long riskId) {
        return assessments.risks(user, id).stream().filter(r -> r.getId().equals(riskId)).findFirst().orElseThrow()
                .getClosingResidualLevel();
    }
}
