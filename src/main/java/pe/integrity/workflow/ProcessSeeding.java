package pe.integrity.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.AssessmentStage;

/**
 * Puts the process instance of an assessment loaded by SQL (generated national data) at the step its stage
 * means, with the variables a started process has, so inboxes and review queues see real tasks. Nothing before
 * that step runs: no delegate, no mail.
 */
@Component
public class ProcessSeeding {

    /** The step each stage waits at; the stages not listed have no open step. */
    private static final Map<AssessmentStage, String> STEP_OF = Map.of(
            AssessmentStage.PREPARATION, AssessmentProcess.PREPARE_SCOPE,
            AssessmentStage.SCOPE_APPROVAL, AssessmentProcess.APPROVE_SCOPE,
            AssessmentStage.IDENTIFICATION, AssessmentProcess.IDENTIFY_RISKS,
            AssessmentStage.EVALUATION, AssessmentProcess.EVALUATE_RISKS,
            AssessmentStage.TREATMENT, AssessmentProcess.PLAN_TREATMENT,
            AssessmentStage.INTERNAL_APPROVAL, AssessmentProcess.APPROVE_ASSESSMENT,
            AssessmentStage.SIP_REVIEW, AssessmentProcess.REVIEW_SUBMISSION,
            AssessmentStage.CORRECTION, AssessmentProcess.CORRECT_OBSERVATIONS,
            AssessmentStage.FOLLOW_UP, AssessmentProcess.REPORT_PROGRESS);

    private final RuntimeService runtime;
    private final WorkflowSettings settings;

    ProcessSeeding(RuntimeService runtime, WorkflowSettings settings) {
        this.runtime = runtime;
        this.settings = settings;
    }

    /**
     * Starts the assessment's process at the step of its stage (one identification task per process in scope)
     * and returns the process instance id, for the caller to store on the assessment.
     */
    public String startAtStage(Long assessmentId, Long entityId, AssessmentStage stage, LocalDate periodEnd,
            int submissionRound, List<Long> processIds) {
        String step = STEP_OF.get(stage);
        if (step == null) {
            throw new IllegalArgumentException("no open step in stage " + stage);
        }
        Map<String, Object> vars = ProcessStarter.variables(assessmentId, entityId, periodEnd, null, settings);
        vars.put(AssessmentProcess.VAR_PROCESS_IDS, new ArrayList<>(processIds));
        vars.put(AssessmentProcess.VAR_SUBMISSION_ROUND, submissionRound);
        return runtime.createProcessInstanceByKey(AssessmentProcess.KEY)
                .businessKey(String.valueOf(assessmentId))
                .setVariables(vars)
                .startBeforeActivity(step)
                .execute()
                .getId();
    }
}
