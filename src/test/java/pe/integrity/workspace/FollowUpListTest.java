package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/** The follow-up list names each measure by its own code, the one the registers print. */
@IntegrationTest
class FollowUpListTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;

    @Test
    void twoMeasuresOfOneRiskAreListedWithTheirMeasureCodes() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk risk = assessments.risks(conductor, id).get(0);
        walks.addMeasure(conductor, risk.getId());
        walks.advance(crew, id, AssessmentStage.FOLLOW_UP);

        Screen screen = new Screen(mvc);
        Document list = screen.page(conductor, "/assessments/" + id + "/follow-up");
        assertThat(list.select("tbody tr td:first-child").eachText())
                .containsExactly(risk.getCode() + "-M1", risk.getCode() + "-M2");

        String second = list.select("tbody tr").get(1).selectFirst("a").attr("href");
        assertThat(screen.page(conductor, second).select("main p strong").eachText()).contains(risk.getCode() + "-M2");
    }
}
