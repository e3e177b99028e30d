package pe.integrity.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The one home of the REST API's RFC 9457 problem details: the title in the caller's language, the
 * {@code errors} list of a refused input (one entry per field), and the 401 and 403 the API's filter chain answers
 * before any controller runs. The api module's exception handler builds every other problem here too, so a client
 * sees one shape and one choice of language whatever refused its call.
 */
@Component
public class ApiProblems {

    private static final Locale SPANISH = Locale.forLanguageTag("es-PE");

    private final MessageSource messages;
    private final ObjectMapper json;

    ApiProblems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** One refused field: its name as the client sent it and what is wrong, in the caller's language. */
    public record FieldProblem(String field, String message) {}

    /**
     * Spanish first; English only when the client asks for it. The site's cookie locale does not apply to a stateless
     * client, and a servlet's default locale is the server's, so the API decides from the header alone.
     */
    public Locale locale(HttpServletRequest request) {
        String asked = request.getHeader("Accept-Language");
        return asked != null && asked.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : SPANISH;
    }

    /** A problem with a localized title ({@code titleKey}) and no details beyond the status. */
    public ProblemDetail problem(HttpStatus status, String titleKey, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(message(titleKey, locale));
        p.setType(URI.create("about:blank"));
        return p;
    }

    /** 400 with each refused field ({@code errors: [{field, message}]}). */
    public ProblemDetail invalid(List<FieldProblem> errors, Locale locale) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", locale);
        p.setProperty("errors", errors);
        return p;
    }

    /** A message code in the caller's language; an unknown code is shown as itself rather than failing. */
    public String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    /** A validation error (field error of a bound body) in the caller's language. */
    public String message(MessageSourceResolvable error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.unauthenticated");
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "api.problem.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemDetail p = problem(status, key, locale(request));
        p.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getWriter(), p);
    }
}
