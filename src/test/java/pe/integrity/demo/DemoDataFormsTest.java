package pe.integrity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.Typology;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.RenderedForm;
import pe.integrity.support.Team;

/**
 * The demo data keeps every rule the screens enforce: each demo risk and measure, saved unchanged through its
 * own form (posted as the page renders it), is accepted. The demo's two cycles are replayed for fresh teams and
 * stopped where their risks (and measures) are still editable; the demo entities' own rows are checked against
 * the typology catalogue too.
 */
@IntegrationTest
class DemoDataFormsTest {

    @Autowired MockMvc mvc;
    @Autowired DemoAssessments demo;
    @Autowired Assessments assessments;
    @Autowired Catalog catalog;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;

    @Test
    void everyRiskOfCuscosCycleSavesUnchangedThroughItsForm() throws Exception {
        Team team = team();
        Long id = demo.midCycleAssessment(demoTeam(team), LocalDate.now().getYear(), AssessmentStage.IDENTIFICATION);
        assertThat(assessments.risks(team.conductor(), id)).hasSize(2)
                .allSatisfy(r -> saveUnchanged(team.conductor(), "/assessments/" + id + "/risks/" + r.getId()));
    }

    @Test
    void everyRiskAndMeasureOfMirafloresCycleSavesUnchangedThroughItsForm() throws Exception {
        Team team = team();
        Long id = demo.approvedAssessment(demoTeam(team), LocalDate.now().getYear(), AssessmentStage.CORRECTION);
        assertThat(assessments.find(id).getStage()).isEqualTo(AssessmentStage.CORRECTION);
        assertThat(assessments.risks(team.conductor(), id)).hasSize(3)
                .allSatisfy(r -> saveUnchanged(team.conductor(), "/assessments/" + id + "/risks/" + r.getId()));
        assertThat(assessments.measures(team.conductor(), id)).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(m -> saveUnchanged(team.conductor(), "/assessments/" + id + "/measures/" + m.getId()));
    }

    /** The rows the default run shows: every typology belongs to its risk's category. */
    @Test
    void theDemoEntitiesRisksHaveTypologiesOfTheirOwnCategory() {
        Map<String, PracticeCategory> categories = catalog.typologies().stream()
                .collect(Collectors.toMap(Typology::code, Typology::category));
        for (String conductor : new String[] {"conductor.cusco", "conductor.miraflores"}) {
            CurrentUser user = (CurrentUser) details.loadUserByUsername(conductor);
            var own = assessments.ofEntity(user, user.entityId());
            assertThat(own).as(conductor).isNotEmpty();
            for (var a : own) {
                for (Risk r : assessments.risks(user, a.getId())) {
                    assertThat(categories.get(r.getTypologyCode())).as(r.getCode() + " " + r.getTypologyCode())
                            .isEqualTo(r.getCategory());
                }
            }
        }
    }

    private void saveUnchanged(CurrentUser who, String page) {
        try {
            MvcResult got = mvc.perform(MockMvcRequestBuilders.get(page).with(user(who))).andReturn();
            assertThat(got.getResponse().getStatus()).as("GET " + page).isEqualTo(200);
            Element form = parse(got).selectFirst("form[action=" + page + "]");
            assertThat(form).as("the form of " + page).isNotNull();
            MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(page).with(user(who)).with(csrf());
            RenderedForm.fields(form).forEach(f -> post.param(f.getKey(), f.getValue()));
            MvcResult saved = mvc.perform(post).andReturn();
            String errors = saved.getResponse().getStatus() == 200
                    ? String.join(" | ", parse(saved).select(".error-summary li, p.error").eachText())
                    : "";
            assertThat(saved.getResponse().getStatus()).as("POST " + page + " unchanged: " + errors).isEqualTo(302);
        } catch (Exception e) {
            throw new AssertionError(page, e);
        }
    }

    private Team team() {
        return Team.create(entities, users, details);
    }

    private static DemoAssessments.Team demoTeam(Team t) {
        return new DemoAssessments.Team(t.conductor(), t.alta(), t.tecnico());
    }

    private static Document parse(MvcResult r) throws Exception {
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
