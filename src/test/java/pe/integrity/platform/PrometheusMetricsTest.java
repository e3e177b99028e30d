package pe.integrity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.support.IntegrationTest;

/**
 * What operators scrape and probe: the Prometheus page carries JVM, HTTP, connection-pool and engine
 * metrics, and the public health page says UP without revealing details. Who may reach the endpoints is
 * the security tests' subject; this one is about content.
 */
@IntegrationTest
class PrometheusMetricsTest {

    static final String PROBE_PROCESS = "opsMetricsProbe";
    static final String DEMO_PASSWORD = "demo12345";

    @Autowired
    MockMvc mvc;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    String deploymentId;

    @AfterEach
    void removeProbeProcess() {
        if (deploymentId != null) {
            repository.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void prometheusPageCarriesJvmHttpPoolAndEngineMetrics() throws Exception {
        // one request first, so the HTTP server timer has something to report
        mvc.perform(get("/login")).andExpect(status().isOk());

        String page = scrape();

        assertThat(page)
                .contains("jvm_memory_used_bytes")
                .contains("jvm_threads_live_threads")
                .contains("hikaricp_connections_active")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/login\"")
                .contains("camunda_process_instances_active")
                .contains("camunda_incidents_open")
                .contains("camunda_jobs_executable")
                .contains("camunda_jobs_failed");
    }

    @Test
    void engineGaugeFollowsRunningProcessInstances() throws Exception {
        double before = gaugeValue(scrape(), "camunda_process_instances_active");

        BpmnModelInstance probe = Bpmn.createExecutableProcess(PROBE_PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .receiveTask("wait")
                .endEvent()
                .done();
        deploymentId = repository.createDeployment()
                .addModelInstance(PROBE_PROCESS + ".bpmn", probe)
                .deploy()
                .getId();
        runtime.startProcessInstanceByKey(PROBE_PROCESS);
        runtime.startProcessInstanceByKey(PROBE_PROCESS);

        assertThat(gaugeValue(scrape(), "camunda_process_instances_active")).isEqualTo(before + 2);
    }

    @Test
    void publicHealthSaysUpWithoutDetailsAndAdminsSeeTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());

        mvc.perform(get("/actuator/health").with(user("ops").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));

        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    /** How a Prometheus server scrapes: HTTP Basic, no session, no form. */
    @Test
    void scraperAuthenticatesWithHttpBasicAsAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("auditor", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(user("ops").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The value of an untagged gauge in Prometheus' text format. */
    private static double gaugeValue(String page, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(page);
        assertThat(m.find()).as("gauge %s on the Prometheus page", name).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
