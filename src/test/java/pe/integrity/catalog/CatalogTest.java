package pe.integrity.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.support.IntegrationTest;

/** The reference catalogue holds SIP's four priority processes and GUIDE.md's starter typology. */
@IntegrationTest
class CatalogTest {

    /** GUIDE.md, "Processes in scope" and "typical stages", keyword per stage in order. */
    static final List<String> PROCUREMENT_STAGES = List.of("requerimiento", "actos preparatorios", "selección", "ejecución contractual y pago");

    static final List<String> HR_STAGES = List.of("CAS", "planillas", "disciplinario");

    static final List<String> SERVICE_STAGES = List.of("solicitud", "inspección", "emisión");

    /** GUIDE.md, "Starter typology catalogue": acts of corruption first, then misconduct. */
    static final List<String> CORRUPTION = List.of("Cohecho", "Colusión", "Peculado", "Malversación",
            "Negociación incompatible", "Tráfico de influencias", "Concusión", "Enriquecimiento ilícito");

    static final List<String> MISCONDUCT = List.of("Conflicto de intereses no declarado", "Nepotismo",
            "Uso indebido de información privilegiada", "Favorecimiento indebido", "Incumplimiento deliberado de funciones");

    @Autowired
    Catalog catalog;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void theFourPriorityProcessesWithTheirTypicalStages() {
        List<CatalogProcess> processes = catalog.processes();

        assertThat(processes).hasSize(4).allSatisfy(p -> {
            assertThat(p.priority()).isTrue();
            assertThat(p.nameEn()).isNotBlank();
            assertThat(p.stages()).allSatisfy(s -> assertThat(s.nameEn()).isNotBlank());
        });
        assertThat(processes).extracting(CatalogProcess::nameEs).satisfiesExactly(
                n -> assertThat(n).containsIgnoringCase("contrataciones"),
                n -> assertThat(n).containsIgnoringCase("recursos humanos"),
                n -> assertThat(n).containsIgnoringCase("transparencia").containsIgnoringCase("acceso a la información"),
                n -> assertThat(n).containsIgnoringCase("servicios públicos"));
        assertStages(processes.get(0), PROCUREMENT_STAGES);
        assertStages(processes.get(1), HR_STAGES);
        assertThat(processes.get(2).stages()).isNotEmpty();
        assertStages(processes.get(3), SERVICE_STAGES);
    }

    @Test
    void processesAreFoundByCode() {
        CatalogProcess first = catalog.processes().get(0);

        assertThat(catalog.process(first.code())).contains(first);
        assertThat(catalog.process("NO_EXISTE")).isEmpty();
        assertThat(catalog.process(null)).isEmpty();
    }

    @Test
    void theStarterTypologyInItsPracticeCategories() {
        List<Typology> typologies = catalog.typologies();

        assertThat(typologies).filteredOn(t -> t.category() == PracticeCategory.CORRUPTION_ACT)
                .extracting(Typology::nameEs)
                .zipSatisfy(CORRUPTION, (actual, expected) -> assertThat(actual).startsWith(expected));
        assertThat(typologies).filteredOn(t -> t.category() == PracticeCategory.MISCONDUCT)
                .extracting(Typology::nameEs)
                .containsExactlyElementsOf(MISCONDUCT);
        assertThat(typologies).hasSize(CORRUPTION.size() + MISCONDUCT.size());
        assertThat(typologies).extracting(Typology::code).doesNotHaveDuplicates();
        assertThat(typologies).allSatisfy(t -> assertThat(t.nameEn()).isNotBlank());
        assertThat(catalog.typology(typologies.get(0).code())).contains(typologies.get(0));
        assertThat(catalog.typology("NO_EXISTE")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "sip.revisor", "auditor", "alta.miraflores", "conductor.miraflores",
        "tecnico.miraflores", "consultivo.miraflores", "tecnico.cusco"})
    void everySignedInUserReadsTheCatalogue(String username) throws Exception {
        String html = mvc.perform(get("/catalog").with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        for (CatalogProcess p : catalog.processes()) {
            assertThat(html).contains(Html.escape(p.nameEs()));
            p.stages().forEach(s -> assertThat(html).contains(Html.escape(s.nameEs())));
        }
        catalog.typologies().forEach(t -> assertThat(html).contains(Html.escape(t.nameEs())));
        assertThat(html).contains("Acto de corrupción", "Inconducta funcional", "Práctica cuestionable", "ESQUEMA PROVISIONAL");
        assertThat(html.contains("href=\"/admin/schemes\"")).isEqualTo("admin".equals(username));
    }

    @Test
    void theCatalogueSpeaksEnglishOnRequest() throws Exception {
        String html = mvc.perform(get("/catalog").param("lang", "en").with(user(users.loadUserByUsername("tecnico.cusco"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        catalog.processes().forEach(p -> assertThat(html).contains(Html.escape(p.nameEn())));
        assertThat(html).contains("Act of corruption", "Functional misconduct", "Bribery");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/catalog")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    private static void assertStages(CatalogProcess process, List<String> keywords) {
        assertThat(process.stages()).extracting(TypicalActivity::nameEs)
                .zipSatisfy(keywords, (actual, keyword) -> assertThat(actual).containsIgnoringCase(keyword));
    }
}
