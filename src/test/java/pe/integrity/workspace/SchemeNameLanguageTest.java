package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/** The seeded scheme is named in the person's language wherever it is shown. */
@IntegrationTest
class SchemeNameLanguageTest {

    static final String SPANISH = "Esquema provisional 5×5 (versión 1)";
    static final String ENGLISH = "Provisional 5×5 scheme (version 1)";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void theProvisionalSchemeIsNamedInEnglishInEnglishMode() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.SIP_REVIEW);
        CurrentUser conductor = crew.team().conductor();
        CurrentUser sip = walks.user("sip.revisor");
        CurrentUser admin = walks.user("admin");
        String reviewTask = walks.task(sip, id, pe.integrity.workflow.AssessmentProcess.REVIEW_SUBMISSION).id();

        for (String[] page : new String[][] {
            {"conductor", "/assessments/" + id}, {"conductor", "/catalog"}, {"sip", "/review/tasks/" + reviewTask},
            {"admin", "/admin/schemes"}, {"admin", "/admin/schemes/PROV-5X5-V1"}}) {
            CurrentUser who = switch (page[0]) {
                case "sip" -> sip;
                case "admin" -> admin;
                default -> conductor;
            };
            assertThat(body(who, page[1] + "?lang=en")).as(page[1]).contains(ENGLISH).doesNotContain(SPANISH);
            assertThat(body(who, page[1] + "?lang=es")).as(page[1]).contains(SPANISH).doesNotContain(ENGLISH);
        }
    }

    private String body(CurrentUser who, String url) throws Exception {
        return mvc.perform(get(url).with(user(who))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
