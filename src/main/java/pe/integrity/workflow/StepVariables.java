package pe.integrity.workflow;

import static pe.integrity.workflow.AssessmentProcess.VAR_INTERNAL_DECISION;
import static pe.integrity.workflow.AssessmentProcess.VAR_PROCESS_IDS;
import static pe.integrity.workflow.AssessmentProcess.VAR_SCOPE_APPROVED;
import static pe.integrity.workflow.AssessmentProcess.VAR_SIP_DECISION;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.AssessmentStep;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.InternalDecision;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.SipDecision;
import pe.integrity.assessment.StepCompletion.CompletedStep;

/**
 * The process variables a completed step hands to the engine: the one place that maps the assessment's typed
 * decisions to the values the BPMN's gateway conditions test (bpmn/integrity-risk-assessment.bpmn).
 */
@Component
class StepVariables {

    private static final Map<InternalDecision, String> INTERNAL = new EnumMap<>(Map.of(
            InternalDecision.APPROVE, "APPROVE",
            InternalDecision.RETURN_TO_IDENTIFICATION, "RETURN_TO_IDENTIFICATION",
            InternalDecision.RETURN_TO_EVALUATION, "RETURN_TO_EVALUATION",
            InternalDecision.RETURN_TO_TREATMENT, "RETURN_TO_TREATMENT"));

    private static final Map<SipDecision, String> SIP = new EnumMap<>(Map.of(
            SipDecision.APPROVED, "APPROVED",
            SipDecision.OBSERVED, "OBSERVED"));

    private final Assessments assessments;

    StepVariables(Assessments assessments) {
        this.assessments = assessments;
    }

    Map<String, Object> of(CompletedStep done, Long assessmentId) {
        Map<String, Object> vars = new HashMap<>();
        if (done.step() == AssessmentStep.PREPARE_SCOPE) {
            // the multi-instance identification runs once per process in scope
            vars.put(VAR_PROCESS_IDS, assessments.processIds(assessmentId));
        }
        if (done.decision() instanceof ScopeDecision d) {
            vars.put(VAR_SCOPE_APPROVED, d == ScopeDecision.APPROVE);
        } else if (done.decision() instanceof InternalDecision d) {
            vars.put(VAR_INTERNAL_DECISION, INTERNAL.get(d));
        } else if (done.decision() instanceof SipDecision d) {
            vars.put(VAR_SIP_DECISION, SIP.get(d));
        }
        return vars;
    }
}
