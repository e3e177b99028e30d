package pe.integrity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Team;
import pe.integrity.workflow.DurableJobs;

/**
 * Without an SMTP server (delivery {@code outbox}, the default run's and the suite's setting) a notification
 * is kept in the database, no connection is tried, and administrators read it under "Correo saliente".
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OutboxTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Assessments assessments;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;
    @Autowired Mailer mailer;
    @Autowired DurableJobs jobs;

    private List<Map<String, Object>> kept(Team team) {
        return jdbc.queryForList("SELECT subject FROM mail_outbox WHERE recipient_username = ?",
                team.conductor().username());
    }

    @Test
    void aNotificationIsKeptInTheOutboxAndTheAdministratorReadsIt(CapturedOutput log) throws Exception {
        Team team = Team.create(entities, users, details);

        assessments.open(team.conductor(), 2025, "Contexto");
        assertThat(kept(team)).as("kept by the mail's job, not by the action").isEmpty();
        jobs.runDue(StepMailJob.NAME);

        List<Map<String, Object>> kept = jdbc.queryForList(
                "SELECT recipient_email, subject, body FROM mail_outbox WHERE recipient_username = ?",
                team.conductor().username());
        assertThat(kept).singleElement().satisfies(m -> {
            assertThat(m.get("recipient_email")).isEqualTo(team.conductor().email());
            assertThat((String) m.get("subject")).contains("Nueva tarea", "Preparar contexto y alcance", "periodo 2025");
            assertThat((String) m.get("body")).contains("/tasks");
        });
        assertThat(log.getOut()).doesNotContain("Connection refused", "not sent to");

        Document page = page("admin", "/admin/outbox");
        assertThat(page.select("h1").text()).isEqualTo("Correo saliente");
        Element row = page.select("tbody tr").stream()
                .filter(r -> r.text().contains(team.conductor().username()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + team.conductor().username()));
        assertThat(row.text()).contains(team.conductor().email(), "Nueva tarea", "Preparar contexto y alcance");
        assertThat(row.select("pre").text()).contains("/tasks");
        assertThat(row.select("td").first().text()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(page("admin", "/admin/outbox?lang=en").select("h1").text()).isEqualTo("Outgoing mail");
        // linked from the administrator's menu and home page
        assertThat(page("admin", "/").select("a[href=/admin/outbox]")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theOutboxIsPagedNewestFirst() throws Exception {
        // newer than anything else the suite keeps: they fill the first page
        java.time.Instant future = java.time.Instant.parse("2099-01-01T12:00:00Z");
        for (int i = 0; i <= Outbox.PAGE_SIZE; i++) {
            jdbc.update("INSERT INTO mail_outbox (recipient_username, recipient_email, subject, body, created_at)"
                    + " VALUES ('paginado', 'paginado@test.integridad.pe', ?, 'cuerpo', ?)",
                    "Prueba de paginación " + i, java.sql.Timestamp.from(future.plusSeconds(i)));
        }
        Document first = page("admin", "/admin/outbox");
        assertThat(first.select("tbody tr")).hasSize(Outbox.PAGE_SIZE);
        assertThat(first.select("tbody tr summary").first().text()).isEqualTo("Prueba de paginación " + Outbox.PAGE_SIZE);
        assertThat(first.select("nav.pager a[href=/admin/outbox?page=1]")).hasSize(1);
        Document second = page("admin", "/admin/outbox?page=1");
        assertThat(second.select("tbody tr summary").first().text()).isEqualTo("Prueba de paginación 0");
        jdbc.update("DELETE FROM mail_outbox WHERE recipient_username = 'paginado'");
    }

    @Test
    void onlyAdministratorsMayReadTheOutbox() throws Exception {
        for (String username : List.of("sip.revisor", "auditor", "conductor.miraflores", "alta.miraflores",
                "tecnico.miraflores", "consultivo.miraflores")) {
            mvc.perform(get("/admin/outbox").with(user(details.loadUserByUsername(username))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/outbox")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    /** Said by one INFO line when the application is ready (not per mail, as the refused connections were). */
    @Test
    void theStartUpLogSaysWhereMailGoes(CapturedOutput log) {
        long before = log.getOut().lines().filter(l -> l.contains("Mail delivery: outbox")).count();
        mailer.announceDelivery();
        List<String> lines = log.getOut().lines().filter(l -> l.contains("Mail delivery: outbox")).toList();
        assertThat(lines).hasSize((int) before + 1)
                .allSatisfy(l -> assertThat(l).contains("INFO", "Correo saliente", "/admin/outbox"));
    }

    private Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(details.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
