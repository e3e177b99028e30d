package pe.integrity.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/** What a refused sign-in answers: the form says how long to wait; HTTP Basic gets 429 with Retry-After. */
final class LoginPausedResponses {

    private LoginPausedResponses() {}

    /** The sign-in form: back to the login page, with the pause in minutes when there is one. */
    static AuthenticationFailureHandler form() {
        return (request, response, failure) -> response.sendRedirect(request.getContextPath()
                + (failure instanceof LoginPausedException paused ? "/login?paused=" + paused.minutes() : "/login?error"));
    }

    /** HTTP Basic: 401 with the challenge as usual, or 429 with a short localized text while paused. */
    static AuthenticationEntryPoint basic(MessageSource messages) {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("integrity-risk");
        challenge.afterPropertiesSet();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            if (failure instanceof LoginPausedException paused) {
                tooManyRequests(request, response, paused, messages);
            } else {
                challenge.commence(request, response, failure);
            }
        };
    }

    private static void tooManyRequests(
            HttpServletRequest request, HttpServletResponse response, LoginPausedException paused, MessageSource messages)
            throws IOException {
        // Spanish first: a scraper that names no language reads Spanish
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.forLanguageTag("es") : request.getLocale();
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(paused.seconds()));
        response.setContentType("text/plain;charset=UTF-8");
        String text = messages.getMessage("login.paused", new Object[] {paused.minutes()}, locale);
        response.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
