package pe.integrity.assessment;

/**
 * What a person decides when completing a step that asks for a decision. Each step allows the values of one of
 * these enums ({@link AssessmentStep#decision}); a value's name is what the step's page posts.
 */
public sealed interface Decision permits ScopeDecision, InternalDecision, SipDecision {

    String name();

    /** The journal entry the decision leaves. */
    AssessmentEvent.Type journal();

    /** A return must say why: the comment goes into the journal and the notification. */
    boolean needsComment();
}
