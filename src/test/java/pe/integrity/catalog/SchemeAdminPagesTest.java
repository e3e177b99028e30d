package pe.integrity.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.InputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pe.integrity.support.IntegrationTest;

/** The administrators' scheme screens show what the DMN files say, and only administrators reach them. */
@IntegrationTest
class SchemeAdminPagesTest {

    static final String FIVE = ProvisionalSchemeSpec.FIVE_BY_FIVE.code();
    static final String THREE = ProvisionalSchemeSpec.THREE_BY_THREE.code();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    String activeBefore;

    @BeforeEach
    void rememberActive() {
        activeBefore = activeCode();
    }

    @AfterEach
    void restoreActive() {
        jdbc.update("UPDATE scoring_scheme SET active = (code = ?)", activeBefore);
    }

    @Test
    void theListShowsBothVersionsProvisionalAndWhichIsActive() throws Exception {
        String html = page(get("/admin/schemes").with(as("admin")));

        assertThat(row(html, FIVE)).contains("ESQUEMA PROVISIONAL", "Activo: las nuevas evaluaciones lo usan", "5×5");
        assertThat(row(html, THREE)).contains("ESQUEMA PROVISIONAL", "Inactivo", "3×3")
                .doesNotContain("Activo: las nuevas evaluaciones lo usan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prov-5x5-v1", "prov-3x3-v1"})
    void theSchemePageShowsTheLabelsCriteriaAndMatrixOfTheDmnFile(String file) throws Exception {
        DmnFile dmn = DmnFile.read("bpmn/scoring/" + file + ".dmn");
        String code = file.toUpperCase();

        String html = page(get("/admin/schemes/" + code).with(as("admin")));

        for (String suffix : List.of("_probability", "_impact")) {
            assertThat(html).contains(escaped(dmn.column(suffix, "label_es")));
            assertThat(html).contains(escaped(dmn.column(suffix, "criteria_es")));
        }
        assertThat(html).contains(escaped(dmn.column("_levels", "label_es")));
        assertThat(html).contains(escaped(dmn.column("_levels", "colour")));
        assertThat(html).contains(escaped(dmn.column("_controlRating", "label_es")));
        assertThat(html).contains(escaped(dmn.column("_controlRating", "description_es")));
        int cells = dmn.column("_probability", "value").size() * dmn.column("_impact", "value").size();
        assertThat(count(html, "data-level=\"")).isEqualTo(cells);
        if (code.equals(THREE)) {
            assertThat(html).contains("/admin/schemes/" + code + "/activate", "name=\"_csrf\"");
        }
    }

    @Test
    void inEnglishTheLabelsComeFromTheEnglishColumnsOfTheDmn() throws Exception {
        DmnFile dmn = DmnFile.read("bpmn/scoring/prov-5x5-v1.dmn");

        String html = page(get("/admin/schemes/" + FIVE).param("lang", "en").with(as("admin")));

        assertThat(html).contains(escaped(dmn.column("_probability", "label_en")));
        assertThat(html).contains(escaped(dmn.column("_levels", "label_en")));
        assertThat(html).contains(escaped(dmn.column("_controlRating", "label_en")));
        assertThat(html).contains("PROVISIONAL SCHEME", "Inherent risk matrix");
    }

    @Test
    void theActiveSchemeHasNoActivateButton() throws Exception {
        String html = page(get("/admin/schemes/" + FIVE).with(as("admin")));

        assertThat(html).doesNotContain("/admin/schemes/" + FIVE + "/activate");
    }

    @Test
    void anUnknownSchemeIsNotFound() throws Exception {
        mvc.perform(get("/admin/schemes/PROV-9X9-V1").with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/schemes/PROV-9X9-V1/activate").with(as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorActivatesAnotherVersion() throws Exception {
        MvcResult activation = mvc.perform(post("/admin/schemes/" + THREE + "/activate").with(as("admin")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/schemes/" + THREE))
                .andExpect(flash().attribute("activated", THREE))
                .andReturn();

        assertThat(activeCode()).isEqualTo(THREE);
        assertThat(jdbc.queryForObject("SELECT activated_by FROM scoring_scheme WHERE code = ?", String.class, THREE))
                .isEqualTo("admin");
        String html = page(get("/admin/schemes").with(as("admin")));
        assertThat(row(html, THREE)).contains("Activo: las nuevas evaluaciones lo usan");
        assertThat(row(html, FIVE)).contains("Inactivo");
        // the page the redirect leads to, in the same session (kept by Spring Session), with the flash message it carries
        Cookie session = activation.getResponse().getCookie("SESSION");
        assertThat(session).as("the flash message travels in the session").isNotNull();
        String detail = page(get("/admin/schemes/" + THREE).cookie(session).with(as("admin")));
        assertThat(detail).contains("El esquema " + THREE + " es ahora el activo.", "Activado por", "<dd>admin</dd>")
                .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")
                .doesNotContain("/admin/schemes/" + THREE + "/activate");
    }

    @Test
    void activatingASchemeWithoutTablesShowsWhyAndChangesNothing() throws Exception {
        jdbc.update("INSERT INTO scoring_scheme (code, name, decision_prefix, provisional, valid_from, active, version)"
                + " VALUES ('TEST-NODMN-WEB', 'Sin DMN', 'nodmnweb', TRUE, ?, FALSE, 0)", Date.valueOf(LocalDate.of(2026, 1, 1)));
        try {
            mvc.perform(post("/admin/schemes/TEST-NODMN-WEB/activate").with(as("admin")).with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(flash().attribute("notUsable", "TEST-NODMN-WEB"))
                    .andExpect(flash().attribute("problems", List.of(
                            "No hay decisiones DMN desplegadas con el prefijo nodmnweb (se necesitan _probability, _impact,"
                                    + " _controlRating, _levels, _inherent y _residual).")));
            assertThat(activeCode()).isEqualTo(activeBefore);
        } finally {
            jdbc.update("DELETE FROM scoring_scheme WHERE code = 'TEST-NODMN-WEB'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "sip.revisor", "auditor",
        "alta.miraflores", "conductor.miraflores", "tecnico.miraflores", "consultivo.miraflores",
        "alta.cusco", "conductor.cusco", "tecnico.cusco", "consultivo.cusco"})
    void nobodyButAdministratorsSeesOrActivatesSchemes(String username) throws Exception {
        mvc.perform(get("/admin/schemes").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/schemes/" + THREE).with(as(username))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/schemes/" + THREE + "/activate").with(as(username)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(activeCode()).isEqualTo(activeBefore);
    }

    @Test
    void administratorsSeeTheScreens() throws Exception {
        mvc.perform(get("/admin/schemes").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/schemes/" + THREE).with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void activationNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/admin/schemes/" + THREE + "/activate").with(as("admin"))).andExpect(status().isForbidden());

        assertThat(activeCode()).isEqualTo(activeBefore);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/schemes")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/admin/schemes/" + THREE + "/activate").with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));

        assertThat(activeCode()).isEqualTo(activeBefore);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String activeCode() {
        return jdbc.queryForObject("SELECT code FROM scoring_scheme WHERE active", String.class);
    }

    /** The table row of one scheme in the list page. */
    private static String row(String html, String code) {
        Matcher m = Pattern.compile("data-scheme=\"" + Pattern.quote(code) + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row of " + code).isTrue();
        return m.group();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> escaped(List<String> texts) {
        return texts.stream().map(Html::escape).toList();
    }

    /** Reads output columns straight from a DMN file, as an independent view of what the page must show. */
    record DmnFile(DmnModelInstance model) {

        static DmnFile read(String path) throws Exception {
            try (InputStream in = new ClassPathResource(path).getInputStream()) {
                return new DmnFile(Dmn.readModelFromStream(in));
            }
        }

        List<String> column(String decisionSuffix, String outputName) {
            Decision decision = model.getModelElementsByType(Decision.class).stream()
                    .filter(d -> d.getId().endsWith(decisionSuffix))
                    .findFirst()
                    .orElseThrow();
            DecisionTable table = (DecisionTable) decision.getExpression();
            List<Output> outputs = new ArrayList<>(table.getOutputs());
            int index = outputs.indexOf(outputs.stream().filter(o -> outputName.equals(o.getName())).findFirst().orElseThrow());
            List<String> values = new ArrayList<>();
            for (Rule rule : table.getRules()) {
                String text = new ArrayList<>(rule.getOutputEntries()).get(index).getTextContent().strip();
                values.add(text.startsWith("\"") ? text.substring(1, text.length() - 1) : text);
            }
            assertThat(values).isNotEmpty();
            return values;
        }
    }
}
