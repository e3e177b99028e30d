/**
 * Workflow: the only module that imports {@code org.camunda}. It starts processes, lists and completes
 * tasks, hosts the delegates the BPMN calls, and wires Camunda's webapps into our login. Keeping the
 * engine behind this module makes a move to Operaton (the maintained Camunda 7 fork) a rename.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow",
        allowedDependencies = {"assessment", "catalog", "organisation", "shared"})
package pe.integrity.workflow;
