package pe.integrity.workflow;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RunJob} of {@code durable-job.bpmn}: hands the payload to the module's job of that name. */
@Component("runDurableJob")
class DurableJobDelegate implements JavaDelegate {

    private final DurableJobs jobs;

    DurableJobDelegate(DurableJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> payload = new HashMap<>(execution.getVariables());
        String job = (String) payload.remove(DurableJobs.VAR_JOB);
        payload.remove(DurableJobs.VAR_RETRY_CYCLE);
        jobs.handler(job).run(payload);
    }
}
