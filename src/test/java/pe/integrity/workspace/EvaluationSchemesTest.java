package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.HeatMap;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/**
 * The evaluation page is built from the assessment's own scheme, whatever its size: its selects offer the
 * scheme's values, its heat maps have the scheme's rows and columns, and every cell counts the risks in it.
 */
@IntegrationTest
class EvaluationSchemesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired ScoringSchemes schemes;
    @Autowired JdbcTemplate jdbc;

    String activeBefore;

    static Stream<String> schemeCodes() {
        return Stream.of("PROV-5X5-V1", "PROV-3X3-V1");
    }

    @BeforeEach
    void rememberActive() {
        activeBefore = jdbc.queryForObject("SELECT code FROM scoring_scheme WHERE active", String.class);
    }

    @AfterEach
    void restoreActive() {
        jdbc.update("UPDATE scoring_scheme SET active = (code = ?)", activeBefore);
    }

    @ParameterizedTest
    @MethodSource("schemeCodes")
    @WithMockUser(username = "admin", roles = "ADMIN") // activating a scheme is an administrator's act
    void theEvaluationPageFollowsTheAssessmentsScheme(String code) throws Exception {
        schemes.activate(code);
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        Long pid = walks.task(crew.team().tecnico(), id, pe.integrity.workflow.AssessmentProcess.IDENTIFY_RISKS)
                .processInScopeId();
        walks.addStageAndRisk(conductor, pid);
        walks.addStageAndRisk(conductor, pid);
        walks.advance(crew, id, AssessmentStage.EVALUATION);
        ScoringScheme scheme = walks.scheme(id);
        assertThat(scheme.code()).isEqualTo(code);

        // three risks rated: two in the top cell, one in the bottom cell
        List<Risk> risks = assessments.risks(conductor, id);
        Screen screen = new Screen(mvc);
        String evaluation = "/assessments/" + id + "/evaluation";
        int[][] ratings = {
            {Walks.max(scheme.probabilityLevels()), Walks.max(scheme.impactLevels())},
            {Walks.max(scheme.probabilityLevels()), Walks.max(scheme.impactLevels())},
            {Walks.min(scheme.probabilityLevels()), Walks.min(scheme.impactLevels())}};
        for (int i = 0; i < ratings.length; i++) {
            screen.submit(conductor, evaluation + "/" + risks.get(i).getId(), "probability", String.valueOf(ratings[i][0]),
                    "impact", String.valueOf(ratings[i][1]), "controlRating", walks.weakest(scheme),
                    "version", String.valueOf(risks.get(i).getVersion()));
        }
        Document page = screen.page(conductor, evaluation);

        assertThat(page.select("select[id^=p-]").first().select("option[value~=\\d]").eachAttr("value"))
                .containsExactlyElementsOf(scheme.probabilityLevels().stream().map(l -> String.valueOf(l.value())).toList());
        assertThat(page.select("select[id^=i-]").first().select("option[value~=\\d]"))
                .hasSize(scheme.impactLevels().size());
        assertThat(page.select("select[id^=c-]").first().select("option[value~=\\w]"))
                .hasSize(scheme.controlRatings().size());
        var inherent = page.select("table.heatmap").first();
        assertThat(inherent.select("tbody tr")).hasSize(scheme.impactLevels().size());
        assertThat(inherent.select("thead th")).hasSize(scheme.probabilityLevels().size() + 1);
        assertThat(ScreensWalkThroughTest.inherentCounts(page)).isEqualTo(expected(scheme, assessments.risks(conductor, id)));
        assertThat(ScreensWalkThroughTest.inherentCounts(page).stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        var residual = page.select("table.heatmap").get(1);
        assertThat(residual.select("tbody tr")).hasSize(scheme.levels().size());
        assertThat(residual.select("td .count").eachText().stream().mapToInt(Integer::parseInt).sum()).isEqualTo(3);
        assertThat(page.select(".provisional").eachText()).containsExactly("ESQUEMA PROVISIONAL");
    }

    private List<Integer> expected(ScoringScheme scheme, List<Risk> risks) {
        HeatMap map = schemes.heatMap(scheme.code());
        return map.cells().stream()
                .map(c -> (int) risks.stream()
                        .filter(r -> r.isEvaluated() && r.getProbability() == c.probability() && r.getImpact() == c.impact())
                        .count())
                .toList();
    }

}
