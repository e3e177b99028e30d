package pe.integrity.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * Runs the use case behind a form and puts a rule it refuses ({@link InvalidInputException}) next to its field,
 * so the controller re-renders the form with the message instead of catching the exception itself.
 */
public final class FormErrors {

    private FormErrors() {}

    /** True when the form passed its checks and the use case accepted it; else the errors are on the form. */
    public static boolean accepted(BindingResult errors, Runnable useCase) {
        return result(errors, () -> {
            useCase.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** What the use case returned, or empty when the form or the use case refused the input. */
    public static <T> Optional<T> result(BindingResult errors, Supplier<T> useCase) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(useCase.get());
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.code());
            return Optional.empty();
        }
    }
}
