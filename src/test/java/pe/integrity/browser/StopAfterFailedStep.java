package pe.integrity.browser;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The steps of a walk depend on each other: after one fails, the later ones are not run (and say why) instead
 * of failing for the same cause. The failed step itself fails the build.
 */
final class StopAfterFailedStep implements TestWatcher, ExecutionCondition {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(StopAfterFailedStep.class);

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getParent().orElseThrow().getStore(NS).put("failed", context.getDisplayName());
        // the page as it was when the step failed, next to the step's screenshots
        context.getTestInstance()
                .filter(WithBrowser.class::isInstance)
                .map(t -> ((WithBrowser) t).browser())
                .ifPresent(p -> p.evidence("FAILED-" + context.getRequiredTestMethod().getName()));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty() || context.getTestMethod().get().isAnnotationPresent(EvenAfterFailedStep.class)) {
            return ConditionEvaluationResult.enabled("class");
        }
        Optional<String> failed = Optional.ofNullable(
                context.getParent().orElseThrow().getStore(NS).get("failed", String.class));
        return failed.map(f -> ConditionEvaluationResult.disabled("an earlier step failed: " + f))
                .orElse(ConditionEvaluationResult.enabled("no earlier step failed"));
    }
}
