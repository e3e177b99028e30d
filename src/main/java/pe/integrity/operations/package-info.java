/**
 * Operations: how machines reach the application's health and metrics (Actuator). Health is public for load
 * balancers and container probes; metrics and the rest need an administrator, also over HTTP Basic so a
 * Prometheus server can scrape them. Engine gauges live in the workflow module, the only one that knows Camunda.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package pe.integrity.operations;
