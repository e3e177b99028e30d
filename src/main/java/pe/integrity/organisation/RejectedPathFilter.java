package pe.integrity.organisation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, first of all filters, the paths Spring Security's firewall refuses (double slashes, path parameters,
 * encoded characters, {@code ..}), and letters or digits sent percent-encoded ({@code /%65ngine-rest}): a quiet 400. Probes such as {@code //engine-rest/task} failed earlier than
 * the firewall, in Spring's path parsing for Camunda's servlets, as a 500 with a stack trace in the log.
 */
class RejectedPathFilter extends OncePerRequestFilter {

    /** A percent-encoded letter, digit or -._~: no client needs to encode those, only a probe does. */
    private static final Pattern ENCODED_UNRESERVED =
            Pattern.compile("%(?:3[0-9]|4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|2[DEde]|5[Ff]|7[Ee])");

    private final StrictHttpFirewall firewall = new StrictHttpFirewall();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
            if (ENCODED_UNRESERVED.matcher(request.getRequestURI()).find()) {
                throw new RequestRejectedException("encoded unreserved character in the path");
            }
        } catch (RequestRejectedException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Solicitud no válida.\n");
            return;
        }
        chain.doFilter(request, response);
    }
}
