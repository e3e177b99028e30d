package pe.integrity.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Territory;
import pe.integrity.workflow.DurableJobs;

/**
 * The campaign screens: SIP counts a filter, launches, follows the progress; auditors and administrators read but
 * never launch; entity users get 403 and anonymous visitors the login page; tampered or empty choices are refused
 * with a message and save nothing.
 */
@IntegrationTest
class CampaignPagesTest {

    static final List<String> ENTITY_USERS =
            List.of("alta.miraflores", "conductor.miraflores", "tecnico.miraflores", "consultivo.miraflores");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired Campaigns campaigns;
    @Autowired DurableJobs jobs;
    @Autowired JdbcTemplate jdbc;

    @Test
    void sipCountsTheFilterLaunchesAndFollowsTheProgress() throws Exception {
        Territory t = Territory.fresh(entities, users, details, "Pantalla");
        t.entity("Municipalidad Distrital", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);
        t.entity("Municipalidad Provincial", EntityType.PROVINCIAL_MUNICIPALITY, Role.ALTA_DIRECCION);

        mvc.perform(get("/campaigns").with(user(as("sip.revisor"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/campaigns/new\"")));
        mvc.perform(get("/campaigns/new").with(user(as("sip.revisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"department\"")))
                .andExpect(content().string(not(containsString("id=\"launch\""))));
        mvc.perform(get("/campaigns/new").param("count", "true").param("periodYear", "2026")
                        .param("department", t.department()).with(user(as("sip.revisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El filtro elige 2 entidades activas.")))
                .andExpect(content().string(containsString("De ellas, 1 no tiene Conductor")))
                .andExpect(content().string(containsString("id=\"launch\"")));

        String page = mvc.perform(post("/campaigns").param("periodYear", "2026").param("entityType", "")
                        .param("sector", "").param("department", t.department())
                        .with(user(as("sip.revisor"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/campaigns/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(user(as("sip.revisor"))))
                .andExpect(content().string(containsString("http-equiv=\"refresh\"")))
                .andExpect(content().string(containsString("En curso")));

        jobs.runDue(CampaignLaunchJob.NAME);
        mvc.perform(get(page).with(user(as("sip.revisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("http-equiv=\"refresh\""))))
                .andExpect(content().string(containsString("Terminada")))
                .andExpect(content().string(containsString("2 de 2 entidades")));
        mvc.perform(get(page).param("outcome", "NO_CONDUCTOR").with(user(as("sip.revisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Municipalidad Provincial")))
                .andExpect(content().string(not(containsString("Municipalidad Distrital"))))
                .andExpect(content().string(containsString("Sin responsables")));
        mvc.perform(get(page).param("outcome", "LAUNCHED").with(user(as("sip.revisor"))))
                .andExpect(content().string(containsString("href=\"/assessments/")));
    }

    @Test
    void tamperedOrEmptyChoicesAreRefusedWithAMessageAndSaveNothing() throws Exception {
        Territory t = Territory.fresh(entities, users, details, "Errores");
        t.entity("Municipalidad Distrital", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);
        long before = campaignCount();

        mvc.perform(get("/campaigns/new").param("count", "true").param("periodYear", "2026")
                        .param("department", "Atlántida").with(user(as("sip.revisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elija un valor de la lista.")))
                .andExpect(content().string(not(containsString("id=\"preview\""))));
        mvc.perform(post("/campaigns").param("periodYear", "1999").with(user(as("sip.revisor"))).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Elija un valor de la lista.")));
        mvc.perform(post("/campaigns").param("periodYear", "dos mil").with(user(as("sip.revisor"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elija un periodo de la lista.")))
                .andExpect(content().string(not(containsString("NumberFormatException"))));
        mvc.perform(post("/campaigns").param("periodYear", "2026").param("entityType", "MINISTRY")
                        .param("department", t.department()).with(user(as("sip.revisor"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El filtro no elige ninguna entidad activa")));
        assertThat(campaignCount()).isEqualTo(before);
    }

    @Test
    void auditorsAndAdministratorsReadCampaignsButNeverLaunchOne() throws Exception {
        Long id = someCampaign();
        long before = campaignCount();
        for (String username : List.of("auditor", "admin")) {
            UserDetails u = as(username);
            mvc.perform(get("/campaigns").with(user(u)))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("/campaigns/new"))));
            mvc.perform(get("/campaigns/{id}", id).with(user(u))).andExpect(status().isOk());
            mvc.perform(get("/campaigns/new").with(user(u))).andExpect(status().isForbidden());
            mvc.perform(post("/campaigns").param("periodYear", "2026").with(user(u)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(campaignCount()).isEqualTo(before);
    }

    @Test
    void entityUsersAreRefusedEverywhere() throws Exception {
        Long id = someCampaign();
        long before = campaignCount();
        for (String username : ENTITY_USERS) {
            UserDetails u = as(username);
            for (MockHttpServletRequestBuilder request : List.of(get("/campaigns"), get("/campaigns/new"),
                    get("/campaigns/" + id), get("/campaigns/new").param("count", "true").param("periodYear", "2026"))) {
                mvc.perform(request.with(user(u))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/campaigns").param("periodYear", "2026").with(user(u)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(campaignCount()).isEqualTo(before);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String url : List.of("/campaigns", "/campaigns/new", "/campaigns/1")) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        }
        long before = campaignCount();
        mvc.perform(post("/campaigns").param("periodYear", "2026").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        assertThat(campaignCount()).isEqualTo(before);
    }

    @Test
    void sipAndAuditorsFindCampaignsAndTheDashboardOnTheirHomePage() throws Exception {
        mvc.perform(get("/").with(user(as("sip.revisor"))))
                .andExpect(content().string(containsString("href=\"/campaigns\"")))
                .andExpect(content().string(containsString("href=\"/dashboard\"")));
        mvc.perform(get("/").with(user(as("auditor"))))
                .andExpect(content().string(containsString("href=\"/dashboard\"")));
    }

    private Long someCampaign() {
        Territory t = Territory.fresh(entities, users, details, "Lectura");
        t.entity("Municipalidad Distrital", EntityType.DISTRICT_MUNICIPALITY, Role.TECNICO);
        return campaigns.launch((CurrentUser) as("sip.revisor"), new EntitySelection(2026, null, null, t.department()), null)
                .getId();
    }

    private long campaignCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign", Long.class);
    }

    private UserDetails as(String username) {
        return details.loadUserByUsername(username);
    }
}
