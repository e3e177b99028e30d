package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/**
 * A form submitted empty lists each error at the top as "Label: message", the label being the field's own
 * visible label in the page's language, linking to the field's element.
 */
@IntegrationTest
class ErrorSummaryTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired UserDetailsService users;
    @Autowired MessageSource messages;

    Walks walks;

    @BeforeEach
    void setUp() {
        walks = new Walks(context);
    }

    /** One line of the summary: the text of its link and the element it points to. */
    record Line(String text, String target) {}

    Document submit(MockHttpServletRequestBuilder request, String lang) throws Exception {
        String html = mvc.perform(request.param("lang", lang).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /** Checks every summary line against the page and returns the lines. */
    static List<Line> assertSummaryNamesItsFields(Document page, int atLeast) {
        Element summary = page.selectFirst(".error-summary");
        assertThat(summary).as("error summary").isNotNull();
        List<Line> lines = new ArrayList<>();
        for (Element a : summary.select("li > a")) {
            String href = a.attr("href");
            assertThat(href).as(a.text()).startsWith("#");
            String id = href.substring(1);
            Element target = page.getElementById(id);
            assertThat(target).as("element #%s of line «%s»", id, a.text()).isNotNull();
            String label = labelOf(page, target);
            assertThat(label).as("visible label of #%s", id).isNotBlank();
            assertThat(a.text()).as("line for #%s", id).startsWith(label + ": ");
            assertThat(a.text().length()).as(a.text()).isGreaterThan(label.length() + 2);
            lines.add(new Line(a.text(), id));
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(lines.stream().map(Line::text).distinct()).as("lines tell apart their fields").hasSameSizeAs(lines);
        return lines;
    }

    /** The label a sighted user reads for a field: its label element, or the legend of its fieldset. */
    static String labelOf(Document page, Element field) {
        if (field.tagName().equals("fieldset")) {
            Element legend = field.selectFirst("legend");
            return legend == null ? null : legend.text();
        }
        Element label = page.selectFirst("label[for=\"" + field.id() + "\"]");
        return label == null ? null : label.text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es-PE", "en"})
    void anEmptyRiskNamesEachMissingField(String lang) throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        ProcessInScope process = assessments.processes(conductor, id).get(0);
        Risk risk = walks.addStageAndRisk(conductor, process.getId());

        Document page = submit(post("/assessments/" + id + "/risks/" + risk.getId()).with(user(conductor))
                .param("version", String.valueOf(risk.getVersion()))
                .param("riskyBehaviour", "").param("statement", "").param("classification", ""), lang);

        List<Line> lines = assertSummaryNamesItsFields(page, 3);
        assertThat(lines).extracting(Line::target).contains("riskyBehaviour", "statement", "classification");
        Locale locale = Locale.forLanguageTag(lang);
        assertThat(lines).extracting(Line::text).anySatisfy(t -> assertThat(t)
                .startsWith(messages.getMessage("workspace.risk.behaviour", null, locale) + ": "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es-PE", "en"})
    void anEmptyEntityNamesEachMissingField(String lang) throws Exception {
        Document page = submit(post("/admin/entities").with(user(users.loadUserByUsername("admin")))
                .param("type", "").param("name", "").param("acronym", ""), lang);

        List<Line> lines = assertSummaryNamesItsFields(page, 3);
        assertThat(lines).extracting(Line::target).contains("type", "name", "acronym");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es-PE", "en"})
    void anEmptyMeasureNamesFieldsWhoseLabelKeysDifferFromTheirNames(String lang) throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk risk = assessments.risks(conductor, id).get(0);

        Document page = submit(post("/assessments/" + id + "/treatment/" + risk.getId() + "/measures")
                .with(user(conductor)), lang);

        List<Line> lines = assertSummaryNamesItsFields(page, 5);
        assertThat(lines).extracting(Line::target).contains("description", "responsibleUnit", "responsiblePerson");
    }
}
