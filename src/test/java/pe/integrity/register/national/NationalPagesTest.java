package pe.integrity.register.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.DurableJobs;

/**
 * The national register's screens: who may use them (SIP reviewers, auditors, administrators; never an entity's
 * people, never anonymous), the form's validation, the self-refreshing progress page and whose files are whose.
 */
@IntegrationTest
public class NationalPagesTest {

    static final List<String> ENTITY_USERS =
            List.of("alta.miraflores", "conductor.miraflores", "tecnico.miraflores", "consultivo.miraflores");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService details;
    @Autowired ExportJobs jobs;
    @Autowired ExportJobRepository repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired DurableJobs durableJobs;

    @ParameterizedTest
    @ValueSource(strings = {"sip.revisor", "auditor", "admin"})
    void globalReadersGetTheForm(String username) throws Exception {
        mvc.perform(get("/national").with(user(as(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"periodYear\"")))
                .andExpect(content().string(containsString("Registro nacional de riesgos")));
    }

    @Test
    void entityUsersAreRefusedEverywhere() throws Exception {
        Long someJob = repository.save(new ExportJob(ExportJob.NATIONAL, "sip.revisor", "SIP",
                "{\"periodYear\":2024}", "es-PE", Instant.now())).getId();
        repository.failed(someJob, "test fixture", Instant.now());
        long jobsBefore = jobCount();
        for (String username : ENTITY_USERS) {
            UserDetails u = as(username);
            mvc.perform(get("/national").with(user(u))).andExpect(status().isForbidden());
            mvc.perform(post("/national").param("periodYear", "2024").with(user(u)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/national/exports").with(user(u))).andExpect(status().isForbidden());
            mvc.perform(get("/national/exports/{id}", someJob).with(user(u))).andExpect(status().isForbidden());
            mvc.perform(get("/national/exports/{id}/file", someJob).with(user(u))).andExpect(status().isForbidden());
        }
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    /** 03:30 UTC is 22:30 of the day before in Lima, as on every other page. */
    @Test
    void theExportsListPrintsWhenAJobWasAskedForInLimaTime() throws Exception {
        Instant asked = Instant.parse("2026-03-10T03:30:00Z");
        Long job = repository.save(new ExportJob(ExportJob.NATIONAL, "auditor", "Auditor", "{\"periodYear\":2024}",
                "es-PE", asked)).getId();
        repository.failed(job, "test fixture", Instant.now());

        String page = mvc.perform(get("/national/exports").with(user(as("auditor"))))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("09/03/2026 22:30").doesNotContain("10/03/2026 03:30");
        // a failure recorded before references were stored shows no text of it
        String jobPage = mvc.perform(get("/national/exports/{id}", job).with(user(as("auditor"))))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jobPage).contains("Fallida").doesNotContain("test fixture");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String url : List.of("/national", "/national/exports", "/national/exports/1", "/national/exports/1/file")) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        }
        mvc.perform(post("/national").param("periodYear", "2024").with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void invalidFiltersShowTheFormAgainAndQueueNothing() throws Exception {
        long before = jobCount();
        mvc.perform(post("/national").with(user(as("auditor"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("Elija el periodo.")));
        mvc.perform(post("/national").param("periodYear", "dos mil").with(user(as("auditor"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elija un periodo de la lista")));
        for (String field : List.of("sector", "department", "entityType", "residualLevel", "stage")) {
            mvc.perform(post("/national").param("periodYear", "2024").param(field, "valor inventado")
                            .with(user(as("auditor"))).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Elija un valor de la lista")));
        }
        mvc.perform(post("/national").param("periodYear", "1999").with(user(as("auditor"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elija un valor de la lista")));
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void aRequestRunsInTheBackgroundAndOnlyItsRequesterOrAnAdminDownloadsIt() throws Exception {
        UserDetails auditor = as("auditor");
        MvcResult posted = mvc.perform(post("/national").param("periodYear", "2024").param("entityType", "MINISTRY")
                        .with(user(auditor)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/national/exports/*"))
                .andReturn();
        String page = posted.getResponse().getRedirectedUrl();
        Long id = Long.valueOf(page.substring(page.lastIndexOf('/') + 1));

        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(ExportStatus.QUEUED);
        durableJobs.runDue(NationalExportJob.NAME); // what the job executor does on some node
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(ExportStatus.DONE);
        mvc.perform(get(page).with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("http-equiv=\"refresh\""))))
                .andExpect(content().string(containsString("/national/exports/" + id + "/file")))
                .andExpect(content().string(containsString("<progress")));
        mvc.perform(get("/national/exports").with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/national/exports/" + id + "\"")));

        mvc.perform(get(page + "/file").with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", NationalController.XLSX.toString()))
                .andExpect(header().string("Content-Disposition", containsString("registro-nacional-2024-" + id)));
        mvc.perform(get(page + "/file").with(user(as("admin")))).andExpect(status().isOk());
        mvc.perform(get(page + "/file").with(user(as("sip.revisor")))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user(as("sip.revisor")))).andExpect(status().isForbidden());
        mvc.perform(get("/national/exports").with(user(as("sip.revisor"))))
                .andExpect(content().string(not(containsString("/national/exports/" + id + "\""))));
    }

    @Test
    void aPendingJobPageRefreshesItselfWithoutJavaScript() throws Exception {
        // a queued job that no worker was asked to run
        Long id = repository.save(new ExportJob(ExportJob.NATIONAL, "sip.revisor", "SIP", "{\"periodYear\":2024}",
                "es-PE", Instant.now())).getId();
        try {
            String html = mvc.perform(get("/national/exports/{id}", id).with(user(as("sip.revisor"))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String head = html.substring(0, html.indexOf("</head>"));
            assertThat(head).contains("<meta http-equiv=\"refresh\" content=\"2\">");
            assertThat(html).contains("<progress").contains("En cola").doesNotContain("<script");
            assertThat(html).doesNotContain("/national/exports/" + id + "/file");
        } finally {
            repository.failed(id, "test clean-up", Instant.now());
        }
    }

    @Test
    void anUnknownJobIsNotFound() throws Exception {
        mvc.perform(get("/national/exports/{id}", 987654321L).with(user(as("auditor"))))
                .andExpect(status().isNotFound());
    }

    private UserDetails as(String username) {
        return details.loadUserByUsername(username);
    }

    private long jobCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM export_job", Long.class);
    }
}
