package pe.integrity.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import pe.integrity.assessment.AssessmentStep;

/** Element IDs of bpmn/integrity-risk-assessment.bpmn: the one place Java names them. */
public final class AssessmentProcess {

    public static final String KEY = "integrityRiskAssessment";

    public static final String PREPARE_SCOPE = "Task_PrepareScope";
    public static final String APPROVE_SCOPE = "Task_ApproveScope";
    public static final String IDENTIFY_RISKS = "Task_IdentifyRisks";
    public static final String EVALUATE_RISKS = "Task_EvaluateRisks";
    public static final String PLAN_TREATMENT = "Task_PlanTreatment";
    public static final String APPROVE_ASSESSMENT = "Task_ApproveAssessment";
    public static final String REVIEW_SUBMISSION = "Task_ReviewSubmission";
    public static final String CORRECT_OBSERVATIONS = "Task_CorrectObservations";
    public static final String REPORT_PROGRESS = "Task_ReportProgress";
    public static final String RATE_RESIDUAL_AT_CLOSE = "Task_RateResidualAtClose";

    public static final String SUBMIT_TO_SIP = "Task_SubmitToSip";
    public static final String PUBLISH_REGISTER = "Task_PublishRegister";
    public static final String FLAG_OVERDUE = "Task_FlagOverdueMeasures";
    public static final String CLOSE_PERIOD = "Task_ClosePeriod";

    public static final String TIMER_REVIEW_REMINDER = "Timer_ReviewReminder";
    public static final String TIMER_REVIEW_DEADLINE = "Timer_ReviewDeadline";
    public static final String TIMER_CORRECTION_REMINDER = "Timer_CorrectionReminder";
    public static final String TIMER_CORRECTION_DEADLINE = "Timer_CorrectionDeadline";
    public static final String TIMER_NEXT_REPORT = "Timer_NextReport";
    public static final String TIMER_FOLLOW_UP_REPORT_REMINDER = "Timer_FollowUpReportReminder";
    public static final String TIMER_FOLLOW_UP_REPORT_DEADLINE = "Timer_FollowUpReportDeadline";
    public static final String TIMER_PERIOD_END = "Timer_PeriodEnd";
    public static final String TIMER_AWAIT_PERIOD_END = "Timer_AwaitPeriodEnd";
    public static final String END_PERIOD_CLOSED = "End_PeriodClosed";
    public static final String END_MEASURES_IMPLEMENTED = "End_MeasuresImplemented";

    // process variables
    public static final String VAR_ASSESSMENT_ID = "assessmentId";
    public static final String VAR_ENTITY_ID = "entityId";
    public static final String VAR_PROCESS_IDS = "processInScopeIds";
    public static final String VAR_PROCESS_ID = "processInScopeId";
    public static final String VAR_SCOPE_APPROVED = "scopeApproved";
    public static final String VAR_INTERNAL_DECISION = "internalDecision";
    public static final String VAR_SIP_DECISION = "sipDecision";
    public static final String VAR_SUBMISSION_ROUND = "submissionRound";

    /** The user tasks in the order the guide runs them, with the assessment's step each one is. */
    public static final Map<String, AssessmentStep> STEPS;

    static {
        Map<String, AssessmentStep> steps = new LinkedHashMap<>();
        steps.put(PREPARE_SCOPE, AssessmentStep.PREPARE_SCOPE);
        steps.put(APPROVE_SCOPE, AssessmentStep.APPROVE_SCOPE);
        steps.put(IDENTIFY_RISKS, AssessmentStep.IDENTIFY_RISKS);
        steps.put(EVALUATE_RISKS, AssessmentStep.EVALUATE_RISKS);
        steps.put(PLAN_TREATMENT, AssessmentStep.PLAN_TREATMENT);
        steps.put(APPROVE_ASSESSMENT, AssessmentStep.APPROVE_ASSESSMENT);
        steps.put(REVIEW_SUBMISSION, AssessmentStep.REVIEW_SUBMISSION);
        steps.put(CORRECT_OBSERVATIONS, AssessmentStep.CORRECT_OBSERVATIONS);
        steps.put(REPORT_PROGRESS, AssessmentStep.REPORT_PROGRESS);
        steps.put(RATE_RESIDUAL_AT_CLOSE, AssessmentStep.RATE_RESIDUAL_AT_CLOSE);
        STEPS = Collections.unmodifiableMap(steps);
    }

    private AssessmentProcess() {}
}
