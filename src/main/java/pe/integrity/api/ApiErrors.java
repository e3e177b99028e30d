package pe.integrity.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.NotFoundException;

/**
 * Errors of the API's own controllers as RFC 9457 problem details, titles in the caller's language (Spanish unless
 * it asks for English); a refused input names its field. The HTML pages keep their own error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "api.problem.forbidden", locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "api.problem.notFound", locale);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", locale);
        p.setProperty("errors", List.of(Map.of("field", e.field(),
                "message", messages.getMessage(e.code(), null, e.code(), locale))));
        return p;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", locale);
        p.setProperty("errors", List.of(Map.of("field", e.getName(),
                "message", messages.getMessage("api.problem.typeMismatch", null, locale))));
        return p;
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(messages.getMessage(key, null, key, locale));
        p.setType(URI.create("about:blank"));
        return p;
    }
}
