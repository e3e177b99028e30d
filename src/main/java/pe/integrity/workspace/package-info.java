/**
 * Workspace: the screens where an entity's people work through an assessment. The inbox of open tasks,
 * opening an assessment, its "task list" overview with the journal, and one page per step of the guide
 * (preparation, scope approval, identification per process, evaluation with heat maps, treatment,
 * internal approval, follow-up with evidence files), plus advisers' comments on risks.
 *
 * <p>Server-rendered (Thymeleaf), Spanish first, no JavaScript needed. Controllers are thin: every write
 * goes through the assessment module's use cases and every step completion through
 * {@link pe.integrity.workflow.WorkflowTasks}; this module only owns the evidence files and the risk
 * comments. While the entity corrects, the risk, evaluation, treatment, measure and overview pages show SIP's
 * open observations on what they show, read and resolved through {@link pe.integrity.review.Observations}
 * (the review module owns that rule and the fragment that renders them). Page data is copied into small view records inside a read-only transaction, because the
 * templates render after it has closed ({@code open-in-view} is off).
 *
 * <p>One sub-package per part of the guide's cycle: {@code overview} (inbox, opening an assessment, its
 * overview), {@code scope}, {@code identification} (with advisers' comments), {@code evaluation},
 * {@code treatment}, {@code approval}, {@code review} (SIP's review and the entity's correction) and
 * {@code followup} (progress, evidence files, Mis medidas). {@code step} holds what every step page shares
 * (its task, guard, links, confirmation) and {@code page} the small view records and formatting they render.
 * Nothing here is used by other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace",
        allowedDependencies = {"assessment", "catalog", "library", "organisation", "register", "review", "workflow", "shared"})
package pe.integrity.workspace;
