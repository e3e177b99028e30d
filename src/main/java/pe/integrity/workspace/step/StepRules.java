package pe.integrity.workspace.step;

import java.util.EnumSet;
import java.util.Set;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.StageWork;

/**
 * The stages in which each kind of change is allowed, for the screens: they show forms only where saving can
 * succeed and refuse early. The assessment module's {@link StageWork} is the one home of these sets and its use
 * cases remain the authority; the opinion stages are the workspace's own (risk comments live here).
 */
public final class StepRules {

    public static final Set<AssessmentStage> SCOPE = StageWork.SCOPE.stages();
    public static final Set<AssessmentStage> IDENTIFYING = StageWork.IDENTIFICATION.stages();
    public static final Set<AssessmentStage> EVALUATING = StageWork.EVALUATION.stages();
    public static final Set<AssessmentStage> TREATING = StageWork.TREATMENT.stages();
    public static final Set<AssessmentStage> FOLLOWING_UP = StageWork.FOLLOW_UP.stages();
    public static final Set<AssessmentStage> CLOSING = StageWork.CLOSING.stages();
    /**
     * Where a Consultivo's opinion is asked for: while the risks are identified, rated and treated (and corrected
     * after SIP), a comment can still change them. A choice of ours; the guide gives the Consultivo opinions.
     */
    public static final Set<AssessmentStage> OPINION = EnumSet.of(AssessmentStage.IDENTIFICATION, AssessmentStage.EVALUATION,
            AssessmentStage.TREATMENT, AssessmentStage.CORRECTION);
    public static final Set<AssessmentStage> NEXT_PERIOD = StageWork.NEXT_PERIOD.stages();

    private StepRules() {}
}
