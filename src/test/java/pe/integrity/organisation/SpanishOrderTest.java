package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.support.IntegrationTest;

/** Entities are listed in Spanish order everywhere: "Áncash" among the A's, not after "Ucayali". */
@IntegrationTest
class SpanishOrderTest {

    static final String PREFIX = "Gobierno Regional de ";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired EntityDirectory entities;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theDatabaseHasTheSpanishIcuCollation() {
        assertThat(jdbc.queryForObject("SELECT collprovider FROM pg_collation WHERE collname = 'es_pe'", String.class))
                .isEqualTo("i");
    }

    @Test
    void theEntityListForSipAndTheAdministratorsChoosersAreInSpanishOrder() throws Exception {
        // the first page (25 of 26 regional governments)
        String list = page("sip.revisor", "/entities?type=REGIONAL_GOVERNMENT");
        assertThat(Jsoup.parse(list).select("main table a").eachText())
                .containsSubsequence(PREFIX + "Amazonas", PREFIX + "Áncash", PREFIX + "Apurímac", PREFIX + "Arequipa");

        // the choosers search: three pages of results for the 26 regional governments
        for (String chooser : List.of("/admin/users", "/admin/entities")) {
            List<String> found = new java.util.ArrayList<>();
            for (int p = 0; p < 3; p++) {
                String form = mvc.perform(post(chooser).param("findEntity", String.valueOf(p))
                                .param("entityQuery", PREFIX.strip()).with(csrf())
                                .with(user(details.loadUserByUsername("admin"))))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                Jsoup.parse(form).select(".entity-chooser .check label").eachText().stream()
                        .map(label -> label.replaceAll(" \\([^)]*\\)$", ""))
                        .forEach(found::add);
            }
            assertSpanishOrder(found);
        }
        assertSpanishOrder(entities.all().stream().map(PublicEntity::getName).toList());
    }

    @Test
    void theNationalRegistersChoosersListDepartmentsInSpanishOrder() throws Exception {
        List<String> departments = Jsoup.parse(page("auditor", "/national")).select("select[name=department] option")
                .eachText();
        assertThat(departments).containsSubsequence("Amazonas", "Áncash", "Apurímac", "Arequipa");
        assertThat(departments.indexOf("Ucayali")).isGreaterThan(departments.indexOf("Áncash"));
    }

    private static void assertSpanishOrder(List<String> names) {
        List<String> regional = names.stream().filter(n -> n.startsWith(PREFIX)).map(n -> n.substring(PREFIX.length()))
                .toList();
        assertThat(regional).containsSubsequence("Amazonas", "Áncash", "Apurímac", "Arequipa");
        assertThat(regional).containsSubsequence("Huancavelica", "Huánuco", "Ica", "Junín", "La Libertad");
        assertThat(regional).containsSubsequence("San Martín", "Tacna", "Tumbes", "Ucayali");
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(details.loadUserByUsername(username))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
