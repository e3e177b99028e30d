package pe.integrity.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * The engine's state as Prometheus gauges ({@code camunda_*}). Camunda 7 keeps its own metrics in the
 * database and reports them every few minutes; these are read on each scrape, so an alert on incidents or
 * a growing job backlog fires when it happens. Each is one count query.
 */
@Component
class EngineMetrics implements MeterBinder {

    private final ProcessEngine engine;

    EngineMetrics(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "camunda.process.instances.active", "Running process instances (not suspended)",
                e -> e.getRuntimeService().createProcessInstanceQuery().active().count());
        gauge(registry, "camunda.incidents.open", "Open incidents: failed jobs and other errors that need an operator",
                e -> e.getRuntimeService().createIncidentQuery().count());
        gauge(registry, "camunda.jobs.executable", "Jobs due now and waiting for the job executor (backlog)",
                e -> e.getManagementService().createJobQuery().executable().count());
        gauge(registry, "camunda.jobs.failed", "Jobs whose retries are exhausted",
                e -> e.getManagementService().createJobQuery().noRetriesLeft().count());
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<ProcessEngine> count) {
        Gauge.builder(name, engine, count)
                .description(description)
                .register(registry);
    }
}
