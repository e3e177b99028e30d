package pe.integrity.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's 401 and 403 before any controller runs, as RFC 9457 problem details with a localized title. */
final class ApiProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiProblems() {}

    static AuthenticationEntryPoint unauthenticated(MessageSource messages) {
        return (request, response, e) -> write(request, response, messages, 401, "api.problem.unauthenticated");
    }

    static AccessDeniedHandler forbidden(MessageSource messages) {
        return (request, response, e) -> write(request, response, messages, 403, "api.problem.forbidden");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
            int status, String key) throws IOException {
        // Spanish first: English only when the client asks for it (a servlet's default locale is the server's)
        String asked = request.getHeader("Accept-Language");
        Locale locale = asked != null && asked.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("es-PE");
        String title = messages.getMessage(key, null, key, locale);
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("instance", request.getRequestURI());
        JSON.writeValue(response.getWriter(), problem);
    }
}
