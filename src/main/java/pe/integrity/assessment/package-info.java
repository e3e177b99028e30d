/**
 * Assessment: the assessment aggregate of one entity and period: scope, processes in scope, risks,
 * evaluations and measures.
 *
 * <p>Use cases are named after what people do: {@link pe.integrity.assessment.Assessments} (open, read,
 * journal), {@link pe.integrity.assessment.ScopeEditing}, {@link pe.integrity.assessment.RiskIdentification},
 * {@link pe.integrity.assessment.RiskEvaluation}, {@link pe.integrity.assessment.TreatmentPlanning},
 * {@link pe.integrity.assessment.FollowUpReporting}, {@link pe.integrity.assessment.NextPeriod}; and
 * {@link pe.integrity.assessment.Completeness} says what a step still lacks. Every write checks entity,
 * role and stage first ({@code AssessmentGuard}). The module knows nothing of the engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
        allowedDependencies = {"catalog", "organisation", "shared"})
package pe.integrity.assessment;
