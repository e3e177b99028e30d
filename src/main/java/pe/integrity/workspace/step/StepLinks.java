package pe.integrity.workspace.step;

import static pe.integrity.workflow.AssessmentProcess.*;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page that completes each user task of the process: the one registry of BPMN task ids to screens. The
 * inbox, the home page's task list and the overview's step list take their links from it, and a test fails
 * when the deployed model has a user task that is missing here, so a new task cannot ship without its screen.
 */
public final class StepLinks {

    public static final String ASSESSMENT = "{assessmentId}";
    public static final String PROCESS = "{processInScopeId}";
    public static final String TASK = "{taskId}";

    /** Task definition key → path template of the page that completes it. */
    public static final Map<String, String> PAGES;

    static {
        Map<String, String> pages = new LinkedHashMap<>();
        String base = "/assessments/" + ASSESSMENT;
        pages.put(PREPARE_SCOPE, base + "/scope");
        pages.put(APPROVE_SCOPE, base + "/scope-approval");
        pages.put(IDENTIFY_RISKS, base + "/processes/" + PROCESS);
        pages.put(EVALUATE_RISKS, base + "/evaluation");
        pages.put(PLAN_TREATMENT, base + "/treatment");
        pages.put(APPROVE_ASSESSMENT, base + "/approval");
        // the SIP review and the correction screens belong to the review module
        pages.put(REVIEW_SUBMISSION, "/review/tasks/" + TASK);
        pages.put(CORRECT_OBSERVATIONS, base + "/correction");
        pages.put(REPORT_PROGRESS, base + "/follow-up");
        pages.put(RATE_RESIDUAL_AT_CLOSE, base + "/closing");
        PAGES = Collections.unmodifiableMap(pages);
    }

    private StepLinks() {}

    /**
     * The page of a step. Where its template needs what the caller does not know, the nearest page that
     * shows the step to everyone: the scope (which lists the processes) for identification, the observations
     * (the outcome of the review) for a review the user does not hold.
     *
     * @param processInScopeId the process of an identification task, else null
     * @param taskId the open task, needed for the SIP review (its page is per task)
     */
    public static String of(String taskKey, Long assessmentId, Long processInScopeId, String taskId) {
        String base = "/assessments/" + assessmentId;
        String template = PAGES.get(taskKey);
        if (template == null) {
            return base;
        }
        if (template.contains(PROCESS) && processInScopeId == null) {
            return base + "/scope";
        }
        if (template.contains(TASK) && taskId == null) {
            return base + "/observations";
        }
        return template.replace(ASSESSMENT, String.valueOf(assessmentId))
                .replace(PROCESS, String.valueOf(processInScopeId))
                .replace(TASK, String.valueOf(taskId));
    }
}
