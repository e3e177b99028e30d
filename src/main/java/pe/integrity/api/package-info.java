/**
 * REST API (/api/v1): JSON for other government systems, with the same authorization as the screens: reads of
 * entities, assessments with the state of their steps, processes, risks, measures, progress reports and register
 * documents (download and public verification); the caller's tasks and their completion; progress reports on
 * measures. Each operation calls the use case its screen calls (the assessment module's checked reads,
 * {@code workflow.WorkflowTasks} and {@code ReviewSteps}, {@code assessment.FollowUpReporting}, the register archive),
 * so no rule is decided twice. Personal API tokens ({@code organisation.ApiTokens}) authenticate; errors are RFC 9457
 * problem details from {@code organisation.ApiProblems}. Swagger UI at /api/v1/docs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "REST API",
        allowedDependencies = {"assessment", "catalog", "organisation", "register", "register :: archive", "review", "workflow",
            "shared"})
package pe.integrity.api;
