package pe.integrity.workflow;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import pe.integrity.shared.DurableJob;
import pe.integrity.shared.LaterWork;

/**
 * {@link LaterWork} on Camunda's job executor: each enqueued job starts one instance of {@code bpmn/durable-job.bpmn},
 * whose only task is asynchronous. Starting it inside the caller's transaction stores the engine's job with that
 * transaction; any node's job executor then acquires it (optimistic locking: one node runs it), retries it every
 * {@code app.jobs.retry.interval} up to {@code app.jobs.retry.attempts} times, and turns the last failure into an
 * incident in Cockpit.
 */
@Service
public class DurableJobs implements LaterWork {

    static final String PROCESS = "durableJob";
    static final String RUN_JOB = "Task_RunJob";
    static final String VAR_JOB = "job";
    static final String VAR_RETRY_CYCLE = "retryCycle";

    private static final Logger log = LoggerFactory.getLogger(DurableJobs.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    // looked up when used: the modules' jobs themselves enqueue work, so they cannot be constructor arguments here
    private final ObjectProvider<DurableJob> jobs;
    private final int attempts;
    private final String retryCycle;

    DurableJobs(RuntimeService runtime, ManagementService management, ObjectProvider<DurableJob> jobs,
            @Value("${app.jobs.retry.attempts:10}") int attempts,
            @Value("${app.jobs.retry.interval:PT10M}") Duration interval) {
        this.runtime = runtime;
        this.management = management;
        this.jobs = jobs;
        this.attempts = attempts;
        this.retryCycle = "R" + attempts + "/" + interval;
    }

    @Override
    public void enqueue(String job, String key, Map<String, Object> payload) {
        handler(job); // an unknown name fails the caller now, not an operator later
        if (payload.containsKey(VAR_JOB) || payload.containsKey(VAR_RETRY_CYCLE)) {
            throw new IllegalArgumentException("payload of " + job + " uses a reserved name: " + payload.keySet());
        }
        Map<String, Object> variables = new HashMap<>(payload);
        variables.put(VAR_JOB, job);
        variables.put(VAR_RETRY_CYCLE, retryCycle);
        runtime.startProcessInstanceByKey(PROCESS, businessKey(job, key), variables);
    }

    @Override
    public int runNow(String job, String key) {
        int ran = 0;
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(job, key)).list()) {
            for (Job waiting : management.createJobQuery().processInstanceId(instance.getId()).list()) {
                if (waiting.getRetries() == 0) {
                    management.setJobRetries(waiting.getId(), 1);
                }
                execute(waiting);
                ran++;
            }
        }
        return ran;
    }

    @Override
    public int attempts() {
        return attempts;
    }

    /**
     * Runs every due job now instead of waiting for the job executor, also the jobs these enqueue; for demo data
     * and tests (where the executor is off). Failures are recorded as usual; returns how many failed.
     */
    public int runDue() {
        return runDue(management.createJobQuery().processDefinitionKey(PROCESS));
    }

    /** {@link #runDue()} for the jobs of one name. */
    public int runDue(String job) {
        Set<String> instances = new HashSet<>();
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKeyLike(job + ":%").list()
                .forEach(p -> instances.add(p.getId()));
        if (instances.isEmpty()) {
            return 0;
        }
        return runDue(management.createJobQuery().processInstanceIds(instances));
    }

    private int runDue(JobQuery query) {
        Set<String> tried = new HashSet<>();
        int failed = 0;
        List<Job> due;
        while (!(due = query.executable().list().stream().filter(j -> !tried.contains(j.getId())).toList()).isEmpty()) {
            for (Job job : due) {
                tried.add(job.getId());
                failed += execute(job) ? 0 : 1;
            }
        }
        return failed;
    }

    /** Runs one job; a failure is already recorded by the engine (attempt spent, next one scheduled). */
    private boolean execute(Job job) {
        try {
            management.executeJob(job.getId());
            return true;
        } catch (OptimisticLockingException e) {
            return true; // the job executor (of this node or another) ran it meanwhile
        } catch (RuntimeException e) {
            log.debug("Job {} failed: {}", job.getId(), e.toString());
            return false;
        }
    }

    DurableJob handler(String job) {
        return jobs.orderedStream().filter(j -> j.name().equals(job)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no durable job named " + job));
    }

    private static String businessKey(String job, String key) {
        return job + ":" + key;
    }
}
