package pe.integrity.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import pe.integrity.shared.DurableJob;
import pe.integrity.support.IntegrationTest;

/**
 * bpmn/durable-job.bpmn on PostgreSQL: an enqueued job exists only if its transaction commits, runs its module's
 * handler with its payload and ends; a failing one is retried after the interval and, its attempts spent, waits as
 * an incident until someone runs it again.
 */
@IntegrationTest
class DurableJobProcessTest {

    @Autowired DurableJobs jobs;
    @Autowired ConfigurableApplicationContext ctx;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired TransactionTemplate transaction;

    @Test
    void aCommittedJobRunsItsHandlerWithItsPayloadAndEnds() {
        RecordingJob job = register(0);

        transaction.executeWithoutResult(tx -> jobs.enqueue(job.name(), "k", Map.of("assessmentId", 42L, "text", "hola")));
        assertThat(job.runs).as("nothing runs before a job executor takes it").isEmpty();

        assertThat(jobs.runDue(job.name())).isZero();

        assertThat(job.runs).containsExactly(Map.of("assessmentId", 42L, "text", "hola"));
        HistoricProcessInstance done = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(job.name() + ":k").singleResult();
        assertThat(done.getEndActivityId()).isEqualTo("End_JobDone");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(done.getId()).list())
                .extracting(HistoricActivityInstance::getActivityId)
                .containsExactlyInAnyOrder("Start_JobQueued", DurableJobs.RUN_JOB, "End_JobDone");
    }

    @Test
    void aRolledBackTransactionLeavesNoJob() {
        RecordingJob job = register(0);

        transaction.executeWithoutResult(tx -> {
            jobs.enqueue(job.name(), "k", Map.of());
            tx.setRollbackOnly();
        });
        jobs.runDue(job.name());

        assertThat(job.runs).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(job.name() + ":k").count()).isZero();
    }

    @Test
    void aFailingJobIsRetriedAfterTheIntervalAndItsLastFailureWaitsAsAnIncidentUntilItIsRunAgain() {
        RecordingJob job = register(Integer.MAX_VALUE);
        transaction.executeWithoutResult(tx -> jobs.enqueue(job.name(), "k", Map.of()));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(job.name() + ":k").singleResult()
                .getId();

        assertThat(jobs.runDue(job.name())).as("failed").isEqualTo(1);

        Job waiting = management.createJobQuery().processInstanceId(pi).singleResult();
        assertThat(waiting.getRetries()).isEqualTo(jobs.attempts() - 1);
        assertThat(waiting.getDuedate().toInstant()).isAfter(Instant.now().plus(Duration.ofMinutes(9)));
        assertThat(waiting.getExceptionMessage()).contains("fallo de prueba");
        assertThat(jobs.runDue(job.name())).as("not due again yet").isZero();
        assertThat(job.runs).hasSize(1);

        for (int attempt = 2; attempt <= jobs.attempts(); attempt++) {
            assertThat(jobs.runNow(job.name(), "k")).isEqualTo(1);
        }
        assertThat(job.runs).hasSize(jobs.attempts());
        assertThat(management.createJobQuery().processInstanceId(pi).singleResult().getRetries()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).as("incident in Cockpit").isEqualTo(1);

        // the cause fixed, an administrator runs it again
        job.failuresLeft = 0;
        assertThat(jobs.runNow(job.name(), "k")).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).as("ended").isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
        assertThat(jobs.runNow(job.name(), "k")).as("nothing left to run").isZero();
    }

    @Test
    void anUnknownJobOrAReservedPayloadNameIsRefusedWhenEnqueued() {
        RecordingJob job = register(0);
        assertThatThrownBy(() -> jobs.enqueue("no-such-job", "k", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-job");
        assertThatThrownBy(() -> jobs.enqueue(job.name(), "k", Map.of(DurableJobs.VAR_JOB, "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A job of a name of its own, added to the shared context (the handlers are looked up when used). */
    private RecordingJob register(int failures) {
        RecordingJob job = new RecordingJob("test-job-" + UUID.randomUUID(), failures);
        ctx.getBeanFactory().registerSingleton(job.name(), job);
        return job;
    }

    static final class RecordingJob implements DurableJob {
        private final String name;
        final List<Map<String, Object>> runs = new CopyOnWriteArrayList<>();
        volatile int failuresLeft;

        RecordingJob(String name, int failures) {
            this.name = name;
            this.failuresLeft = failures;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void run(Map<String, Object> payload) {
            runs.add(payload);
            if (failuresLeft-- > 0) {
                throw new IllegalStateException("fallo de prueba");
            }
        }
    }
}
