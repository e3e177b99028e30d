package pe.integrity.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import pe.integrity.assessment.StageClosedException;
import pe.integrity.assessment.StepIncompleteException;
import pe.integrity.organisation.ApiProblems;
import pe.integrity.organisation.ApiProblems.FieldProblem;
import pe.integrity.shared.ErrorReference;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.NotFoundException;
import pe.integrity.workflow.TaskGoneException;

/**
 * Errors of the API's own controllers as RFC 9457 problem details, built by {@link ApiProblems} (the one home of
 * their shape and language): 400 with each refused field, 403, 404, 409 when the assessment has moved on (task
 * completed meanwhile, stage closed, someone saved first), 422 with the gaps when a step is not complete yet, and 500
 * with only a reference for anything unexpected (the log has the rest). The HTML pages keep their own error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ApiProblems problems;

    ApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(HttpServletRequest request) {
        return problems.problem(HttpStatus.FORBIDDEN, "api.problem.forbidden", problems.locale(request));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(HttpServletRequest request) {
        return problems.problem(HttpStatus.NOT_FOUND, "api.problem.notFound", problems.locale(request));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = problems.locale(request);
        return problems.invalid(List.of(new FieldProblem(e.field(), problems.message(e.code(), locale))), locale);
    }

    /** A body the API's own checks refused (the screens' form checks): every refused field. */
    @ExceptionHandler(ApiInput.RefusedInput.class)
    ProblemDetail refused(ApiInput.RefusedInput e, HttpServletRequest request) {
        return problems.invalid(e.problems(), problems.locale(request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Locale locale = problems.locale(request);
        return problems.invalid(List.of(new FieldProblem(e.getName(), problems.message("api.problem.typeMismatch",
                locale))), locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        Locale locale = problems.locale(request);
        return problems.invalid(List.of(new FieldProblem(e.getParameterName(), problems.message("NotNull", locale))),
                locale);
    }

    /** A body that is not JSON, or a value of the wrong type (an unknown status, text for a number): its field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Locale locale = problems.locale(request);
        String field = e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : "body";
        return problems.invalid(List.of(new FieldProblem(field, problems.message("api.problem.typeMismatch", locale))),
                locale);
    }

    /** The step is not complete yet: each gap, with the message the step's page shows. Nothing was changed. */
    @ExceptionHandler(StepIncompleteException.class)
    ProblemDetail incomplete(StepIncompleteException e, HttpServletRequest request) {
        Locale locale = problems.locale(request);
        ProblemDetail p = problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "api.problem.stepIncomplete", locale);
        p.setProperty("gaps", e.gaps().stream()
                .map(g -> new ApiViews.GapJson(g.code(), g.subject(), problems.message(g.code(), locale, g.subject())))
                .toList());
        return p;
    }

    @ExceptionHandler(TaskGoneException.class)
    ProblemDetail taskGone(HttpServletRequest request) {
        return problems.problem(HttpStatus.CONFLICT, "api.problem.taskGone", problems.locale(request));
    }

    @ExceptionHandler(StageClosedException.class)
    ProblemDetail stageClosed(HttpServletRequest request) {
        return problems.problem(HttpStatus.CONFLICT, "api.problem.stageClosed", problems.locale(request));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(HttpServletRequest request) {
        return problems.problem(HttpStatus.CONFLICT, "api.problem.stale", problems.locale(request));
    }

    /** A body in another format than JSON (checked inside the operation, so the answer is a problem too). */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail notJson(HttpServletRequest request) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.notJson", problems.locale(request));
    }

    /** Spring's own refusals keep their status; anything else is a 500 with a reference and nothing of its cause. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        Locale locale = problems.locale(request);
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return problems.problem(HttpStatus.valueOf(known.getStatusCode().value()), "api.problem.invalid", locale);
        }
        String reference = ErrorReference.logged(log, e, "500 on {}", request.getRequestURI());
        ProblemDetail p = problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.unexpected", locale);
        p.setDetail(problems.message("api.problem.reference", locale, reference));
        p.setProperty("reference", reference);
        return p;
    }
}
