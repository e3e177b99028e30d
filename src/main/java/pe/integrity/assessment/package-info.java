/**
 * Assessment: the assessment aggregate of one entity and period: scope, processes in scope, risks,
 * evaluations and measures.
 *
 * <p>Use cases are named after what people do: {@link pe.integrity.assessment.Assessments} (open, read,
 * journal), {@link pe.integrity.assessment.ScopeEditing}, {@link pe.integrity.assessment.RiskIdentification},
 * {@link pe.integrity.assessment.RiskEvaluation}, {@link pe.integrity.assessment.TreatmentPlanning},
 * {@link pe.integrity.assessment.FollowUpReporting}, {@link pe.integrity.assessment.NextPeriod}; and
 * {@link pe.integrity.assessment.Completeness} says what a step still lacks. Every write checks entity,
 * role and stage first ({@code AssessmentGuard}).
 *
 * <p>The rules have one home each: {@link pe.integrity.assessment.StageWork} says which stages allow which work,
 * {@link pe.integrity.assessment.ProcessOwnership} who works on a process in scope, and
 * {@link pe.integrity.assessment.AssessmentStep} with {@link pe.integrity.assessment.StepCompletion} what
 * completing each step of the cycle needs and records (its {@link pe.integrity.assessment.Decision}s are typed).
 * The module knows nothing of the engine: the workflow module maps its tasks to these steps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
        allowedDependencies = {"catalog", "organisation", "shared"})
package pe.integrity.assessment;
