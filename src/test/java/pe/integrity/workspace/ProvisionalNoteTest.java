package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * Wherever the "ESQUEMA PROVISIONAL" badge is shown, a sentence next to it (plain text: no script, printed
 * with the page) says why and what it means for the registers, and names the scheme in use.
 */
@IntegrationTest
class ProvisionalNoteTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired MessageSource messages;

    Walks walks;

    @BeforeEach
    void setUp() {
        walks = new Walks(context);
    }

    Document page(UserDetails who, String url, String lang) throws Exception {
        var r = mvc.perform(get(url).param("lang", lang).with(user(who))).andReturn().getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
    }

    /** Each badge sits in a note that explains it and names the scheme by code and size. */
    void assertEachBadgeExplained(Document page, String url, ScoringScheme scheme, Locale locale) {
        String why = messages.getMessage("scheme.provisional.why", null, locale);
        var badges = page.select("main .provisional");
        assertThat(badges).as("badges on %s", url).isNotEmpty();
        for (Element badge : badges) {
            assertThat(badge.text()).isEqualTo(messages.getMessage("scheme.provisional", null, locale));
            Element note = badge.closest(".provisional-note");
            assertThat(note).as("note around the badge on %s", url).isNotNull();
            assertThat(note.text()).as(url).contains(why, scheme.code(), scheme.dimensions());
        }
        assertThat(page.select("script")).as("no script on %s", url).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es-PE", "en"})
    void everyPageWithTheBadgeExplainsIt(String lang) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.SIP_REVIEW);
        ScoringScheme scheme = walks.scheme(id);
        assertThat(scheme.provisional()).as("precondition: the assessment uses a provisional scheme").isTrue();

        for (String url : new String[] {"/assessments/" + id, "/assessments/" + id + "/evaluation",
                "/assessments/" + id + "/treatment"}) {
            assertEachBadgeExplained(page(conductor, url, lang), url, scheme, locale);
        }
        CurrentUser sip = walks.user("sip.revisor");
        String review = "/review/tasks/" + walks.task(sip, id, AssessmentProcess.REVIEW_SUBMISSION).id();
        assertEachBadgeExplained(page(sip, review, lang), review, scheme, locale);
        assertEachBadgeExplained(page(conductor, "/catalog", lang), "/catalog", scheme, locale);

        CurrentUser admin = walks.user("admin");
        String detail = "/admin/schemes/" + scheme.code();
        assertEachBadgeExplained(page(admin, detail, lang), detail, scheme, locale);
        Document list = page(admin, "/admin/schemes", lang);
        assertThat(list.select("main .provisional")).isNotEmpty();
        assertThat(list.select("main .provisional-why").text())
                .isEqualTo(messages.getMessage("scheme.provisional.why", null, locale));
    }
}
