/**
 * Assessment: the assessment aggregate of one entity and period: scope, processes in scope, risks, evaluations and measures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package pe.integrity.assessment;
