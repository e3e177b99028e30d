package pe.integrity.workspace;

import static pe.integrity.workflow.AssessmentProcess.*;

/** The page where each step of the process is worked on: one place maps BPMN task ids to URLs. */
final class StepLinks {

    private StepLinks() {}

    /**
     * @param processInScopeId the process of an identification task, else null
     * @param reviewTaskId the user's open SIP review task, if any: its page is per task
     */
    static String of(String taskKey, Long assessmentId, Long processInScopeId, String reviewTaskId) {
        String base = "/assessments/" + assessmentId;
        return switch (taskKey) {
            case PREPARE_SCOPE -> base + "/scope";
            case APPROVE_SCOPE -> base + "/scope-approval";
            case IDENTIFY_RISKS -> processInScopeId == null ? base : base + "/processes/" + processInScopeId;
            case EVALUATE_RISKS -> base + "/evaluation";
            case PLAN_TREATMENT -> base + "/treatment";
            case APPROVE_ASSESSMENT -> base + "/approval";
            // the SIP review and the correction screens belong to the review module
            case REVIEW_SUBMISSION -> reviewTaskId == null ? base : "/review/tasks/" + reviewTaskId;
            case CORRECT_OBSERVATIONS -> base + "/correction";
            case REPORT_PROGRESS -> base + "/follow-up";
            default -> base;
        };
    }
}
