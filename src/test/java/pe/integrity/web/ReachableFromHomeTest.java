package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriComponentsBuilder;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/**
 * Every page a role may read is reachable by following links from its home: SIP and the auditor, who belong
 * to no entity, find an entity's assessments and open one, clicking only what the pages offer (and typing the
 * entity's name into the entity search).
 */
@IntegrationTest
class ReachableFromHomeTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;

    @ParameterizedTest
    @ValueSource(strings = {"auditor", "sip.revisor"})
    void fromHomeToAnAssessmentOverviewByLinksOnly(String username) throws Exception {
        CurrentUser who = (CurrentUser) details.loadUserByUsername(username);
        Document home = page(who, "/");
        Document entities = page(who, link(home, "a[href=/entities]"));
        Element search = entities.selectFirst("form[role=search]");
        assertThat(search).as("entity search").isNotNull();
        Document found = page(who, UriComponentsBuilder.fromPath(search.attr("action"))
                .queryParam("q", "Cusco").build().toUriString());
        Document entity = page(who, found.select("a").stream()
                .filter(a -> a.text().equals(DemoUsers.CUSCO))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + DemoUsers.CUSCO))
                .attr("href"));
        Document list = page(who, link(entity, "a[href~=^/entities/\\d+/assessments$]"));
        String overviewUrl = link(list, "a[href~=^/assessments/\\d+$]");
        Document overview = page(who, overviewUrl);
        assertThat(overview.select("h1").text()).startsWith("Evaluación");
        assertThat(overview.text()).contains(DemoUsers.CUSCO);

        // each step of the overview leads to a page this reader may open
        for (String step : overview.select("table.steps tbody th a").eachAttr("href")) {
            assertThat(status(who, step)).as(username + " → " + step).isEqualTo(200);
        }
        if (username.equals("auditor")) {
            // and nothing there changes anything: the only form posts the logout
            assertThat(overview.select("form[method=post]").eachAttr("action")).allMatch(a -> a.endsWith("/logout"));
        }
    }

    private static String link(Document page, String selector) {
        Element a = page.selectFirst(selector);
        assertThat(a).as(selector + " on " + page.title()).isNotNull();
        return a.attr("href");
    }

    private Document page(CurrentUser who, String url) throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as("GET " + url + " as " + who.username()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(CurrentUser who, String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(user(who))).andReturn().getResponse().getStatus();
    }
}
