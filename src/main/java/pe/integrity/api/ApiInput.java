package pe.integrity.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import pe.integrity.organisation.ApiProblems;
import pe.integrity.organisation.ApiProblems.FieldProblem;
import pe.integrity.register.PrintableText;

/**
 * The checks a form's binding makes on the screens, made on a JSON body: the form's Bean Validation constraints
 * (with the screens' messages, through the same message codes) and the printable-text rule for every text, so a
 * body refused here would have been refused on the page too. All problems are collected, then thrown at once.
 */
final class ApiInput {

    private final ApiProblems problems;
    private final Locale locale;
    private final BindingResult errors;
    private final List<FieldProblem> found = new ArrayList<>();

    private ApiInput(ApiProblems problems, Locale locale, Object form, String formName) {
        this.problems = problems;
        this.locale = locale;
        this.errors = new BeanPropertyBindingResult(form, formName);
    }

    static ApiInput of(ApiProblems problems, Locale locale, Object form, String formName) {
        return new ApiInput(problems, locale, form, formName);
    }

    /** The form's constraints ({@code @NotNull}, {@code @Size}...), as the page's {@code @Valid} checks them. */
    ApiInput validated(SpringValidatorAdapter validator) {
        validator.validate(errors.getTarget(), errors);
        for (FieldError e : errors.getFieldErrors()) {
            found.add(new FieldProblem(e.getField(), problems.message(e, locale)));
        }
        return this;
    }

    /** A text the register could not print (control characters, right-to-left scripts...), as the page refuses it. */
    ApiInput printable(String field, String text, boolean multiLine) {
        PrintableText.check(text, multiLine).ifPresent(r -> found.add(new FieldProblem(field,
                problems.message(r.problem().messageKey(), locale, r.arguments()))));
        return this;
    }

    ApiInput refuse(String field, String code, Object... args) {
        found.add(new FieldProblem(field, problems.message(code, locale, args)));
        return this;
    }

    /** Throws every problem found as one 400; returns when there is none. */
    void orThrow() {
        if (!found.isEmpty()) {
            // one entry per field, the first reason found (an unknown value is not also "missing")
            java.util.Map<String, FieldProblem> byField = new java.util.LinkedHashMap<>();
            found.forEach(p -> byField.putIfAbsent(p.field(), p));
            throw new RefusedInput(List.copyOf(byField.values()));
        }
    }

    /** A body refused before any use case ran: nothing was changed. */
    static final class RefusedInput extends RuntimeException {

        private final transient List<FieldProblem> problems;

        RefusedInput(List<FieldProblem> problems) {
            super("refused input: " + problems.stream().map(FieldProblem::field).toList());
            this.problems = problems;
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }
}
