package pe.integrity.workspace;

import java.util.EnumSet;
import java.util.Set;
import pe.integrity.assessment.AssessmentStage;

/**
 * The stages in which each kind of change is allowed, as the assessment module's use cases enforce them.
 * The screens use them to show forms only where saving can succeed and to refuse early; the use cases
 * remain the authority.
 */
final class StepRules {

    static final Set<AssessmentStage> SCOPE = EnumSet.of(AssessmentStage.PREPARATION);
    static final Set<AssessmentStage> IDENTIFYING = EnumSet.of(AssessmentStage.IDENTIFICATION, AssessmentStage.CORRECTION);
    static final Set<AssessmentStage> EVALUATING = EnumSet.of(AssessmentStage.EVALUATION, AssessmentStage.CORRECTION);
    static final Set<AssessmentStage> TREATING = EnumSet.of(AssessmentStage.TREATMENT, AssessmentStage.CORRECTION);
    static final Set<AssessmentStage> FOLLOWING_UP = EnumSet.of(AssessmentStage.FOLLOW_UP);
    /**
     * Where a Consultivo's opinion is asked for: while the risks are identified, rated and treated (and corrected
     * after SIP), a comment can still change them. A choice of ours; the guide gives the Consultivo opinions.
     */
    static final Set<AssessmentStage> OPINION = EnumSet.of(AssessmentStage.IDENTIFICATION, AssessmentStage.EVALUATION,
            AssessmentStage.TREATMENT, AssessmentStage.CORRECTION);
    static final Set<AssessmentStage> NEXT_PERIOD = EnumSet.of(AssessmentStage.FOLLOW_UP, AssessmentStage.CLOSED);

    private StepRules() {}
}
