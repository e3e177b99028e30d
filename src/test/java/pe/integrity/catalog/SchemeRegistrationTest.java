package pe.integrity.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import pe.integrity.support.IntegrationTest;

/**
 * Publishing a new version without code: a copied DMN file with a new prefix is deployed, an administrator
 * registers it (its tables are checked), activates it, and it rates risks while older codes keep theirs.
 */
@IntegrationTest
class SchemeRegistrationTest {

    static final String PREFIX = "testcopy3x3";
    static final String CODE = "TEST-COPY-3X3";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repository;

    @Autowired
    ScoringSchemes schemes;

    String deployment;
    String activeBefore;

    @BeforeEach
    void deployACopyOfTheThreeByThreeFile() throws Exception {
        activeBefore = jdbc.queryForObject("SELECT code FROM scoring_scheme WHERE active", String.class);
        String original = new ClassPathResource("bpmn/scoring/prov-3x3-v1.dmn").getContentAsString(StandardCharsets.UTF_8);
        deployment = repository.createDeployment()
                .name("copied scheme (test)")
                .addString("test-copy-3x3.dmn", original.replace("prov3x3v1", PREFIX))
                .deploy()
                .getId();
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("UPDATE scoring_scheme SET active = (code = ?)", activeBefore);
        jdbc.update("DELETE FROM scoring_scheme WHERE decision_prefix = ?", PREFIX);
        repository.deleteDeployment(deployment, true);
    }

    @Test
    void aDeployedCopyIsRegisteredActivatedAndRates() throws Exception {
        String list = page(get("/admin/schemes"));
        assertThat(list).contains("data-prefix=\"" + PREFIX + "\"", "/admin/schemes/register?prefix=" + PREFIX);
        String form = page(get("/admin/schemes/register").param("prefix", PREFIX));
        // suggestions: the code from the prefix, the name from the DMN file (attribute values come entity-escaped)
        assertThat(form).contains("value=\"TESTCOPY3X3\"", "value=\"" + HtmlUtils.htmlEscape("Esquema provisional 3×3 (versión 1)"),
                "test-copy-3x3.dmn");

        mvc.perform(register(CODE, "Copia de prueba 3×3", "2027-01-01"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/schemes/" + CODE));

        ScoringScheme registered = schemes.byCode(CODE);
        assertThat(registered.active()).isFalse();
        assertThat(registered.name()).isEqualTo("Copia de prueba 3×3");
        assertThat(registered.validFrom()).hasToString("2027-01-01");
        assertThat(registered.dimensions()).isEqualTo("3×3");
        assertThat(schemes.unregistered()).extracting(DeployedScheme::decisionPrefix).doesNotContain(PREFIX);

        mvc.perform(post("/admin/schemes/" + CODE + "/activate").with(as("admin")).with(csrf())).andExpect(status().isFound());

        assertThat(schemes.active().code()).isEqualTo(CODE);
        assertThat(schemes.inherent(CODE, 3, 3).level().code()).isEqualTo("ALTO");
        assertThat(schemes.inherent(activeBefore, 3, 3).level()).isNotNull();
    }

    @Test
    void invalidInputShowsTheFormAgainAndSavesNothing() throws Exception {
        String html = mvc.perform(register("mal código", "", ""))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Hay errores en el formulario", "Use de 3 a 40 mayúsculas", "Este campo es obligatorio.");
        assertThat(registeredCount()).isZero();
    }

    @Test
    void aTakenCodeIsRefused() throws Exception {
        String html = mvc.perform(register("PROV-5X5-V1", "Otra", "2027-01-01"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ya existe un esquema con el código PROV-5X5-V1.");
        assertThat(registeredCount()).isZero();
    }

    @Test
    void anUnknownOrAlreadyRegisteredPrefixIsRefused() throws Exception {
        mvc.perform(get("/admin/schemes/register").param("prefix", "prov5x5v1").with(as("admin"))).andExpect(status().isNotFound());

        String html = mvc.perform(post("/admin/schemes/register").with(as("admin")).with(csrf())
                        .param("code", "OTRO-V1").param("name", "Otro").param("validFrom", "2027-01-01")
                        .param("decisionPrefix", "prov5x5v1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("No hay una versión desplegada sin registrar con el prefijo prov5x5v1.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scoring_scheme WHERE code = 'OTRO-V1'", Integer.class)).isZero();
    }

    @Test
    void inconsistentTablesAreRefusedWithTheReasons() throws Exception {
        String broken = repository.createDeployment()
                .addString("broken-register.dmn", SchemeActivationTest.BrokenScheme.DMN)
                .deploy()
                .getId();
        try {
            String html = mvc.perform(post("/admin/schemes/register").with(as("admin")).with(csrf())
                            .param("code", "TEST-BROKEN-REG").param("name", "Rota").param("validFrom", "2027-01-01")
                            .param("decisionPrefix", SchemeActivationTest.BrokenScheme.PREFIX))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();

            assertThat(html).contains("La tabla inherente no tiene regla para probabilidad 2 e impacto 2.",
                    "La tabla de controles sube el nivel BAJO a ALTO con control DEBIL");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM scoring_scheme WHERE code = 'TEST-BROKEN-REG'", Integer.class))
                    .isZero();
        } finally {
            repository.deleteDeployment(broken, true);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip.revisor", "auditor", "conductor.miraflores", "alta.cusco", "tecnico.cusco", "consultivo.miraflores"})
    void onlyAdministratorsRegister(String username) throws Exception {
        mvc.perform(get("/admin/schemes/register").param("prefix", PREFIX).with(as(username))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/schemes/register").with(as(username)).with(csrf())
                        .param("code", CODE).param("name", "x").param("validFrom", "2027-01-01").param("decisionPrefix", PREFIX))
                .andExpect(status().isForbidden());

        assertThat(registeredCount()).isZero();
    }

    private MockHttpServletRequestBuilder register(String code, String name, String validFrom) {
        return post("/admin/schemes/register").with(as("admin")).with(csrf())
                .param("code", code)
                .param("name", name)
                .param("validFrom", validFrom)
                .param("provisional", "true")
                .param("decisionPrefix", PREFIX);
    }

    private int registeredCount() {
        return jdbc.queryForObject("SELECT count(*) FROM scoring_scheme WHERE decision_prefix = ?", Integer.class, PREFIX);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
