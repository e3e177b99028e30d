package pe.integrity.assessment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of work on an assessment that only some stages allow: the one place that says which. The use cases
 * refuse the work in any other stage ({@link StageClosedException}); the screens ask the same to show a form
 * only where saving can succeed.
 */
public enum StageWork {

    /** The context and the processes in scope, before Alta Dirección approves them. */
    SCOPE(AssessmentStage.PREPARATION),
    /** Stages and risks of a process; again while correcting SIP's observations. */
    IDENTIFICATION(AssessmentStage.IDENTIFICATION, AssessmentStage.CORRECTION),
    /** Probability, impact and controls of a risk; again while correcting. */
    EVALUATION(AssessmentStage.EVALUATION, AssessmentStage.CORRECTION),
    /** Responses and measures; again while correcting. */
    TREATMENT(AssessmentStage.TREATMENT, AssessmentStage.CORRECTION),
    /** Progress reports on measures, once SIP has approved the plan. */
    FOLLOW_UP(AssessmentStage.FOLLOW_UP),
    /** The residual level at close of each risk, once the period has ended and before it closes. */
    CLOSING(AssessmentStage.CLOSING),
    /** Opening the next period from this assessment: only an approved one continues. */
    NEXT_PERIOD(AssessmentStage.FOLLOW_UP, AssessmentStage.CLOSING, AssessmentStage.CLOSED);

    private final Set<AssessmentStage> stages;

    StageWork(AssessmentStage first, AssessmentStage... rest) {
        this.stages = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    public boolean allowedIn(AssessmentStage stage) {
        return stages.contains(stage);
    }

    /** The stages that allow this work, for screens that list or test them. */
    public Set<AssessmentStage> stages() {
        return stages;
    }

    /** Refuses the work outside its stages, as every use case does. */
    public void requireIn(AssessmentStage stage) {
        if (!allowedIn(stage)) {
            throw new StageClosedException(stage);
        }
    }
}
