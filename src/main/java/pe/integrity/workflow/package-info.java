/**
 * Workflow: the only module that imports {@code org.camunda}. It starts processes, lists and completes
 * tasks, hosts the delegates the BPMN calls, and wires Camunda's webapps into our login. Keeping the
 * engine behind this module makes a move to Operaton (the maintained Camunda 7 fork) a rename.
 *
 * <p>The engine drives the steps: each user task is one of the assessment's steps, whose completion rule the
 * assessment module holds; the review and correction steps also run the review module's use cases
 * ({@link pe.integrity.workflow.ReviewSteps}). The other modules offer use cases and know nothing of the engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow",
        allowedDependencies = {"assessment", "catalog", "organisation", "review", "shared"})
package pe.integrity.workflow;
