package pe.integrity.organisation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, first of all filters, the paths Spring Security's firewall refuses (double slashes, path parameters,
 * encoded characters, {@code ..}), and letters or digits sent percent-encoded ({@code /%65ngine-rest}): a quiet 400. Probes such as {@code //engine-rest/task} failed earlier than
 * the firewall, in Spring's path parsing for Camunda's servlets, as a 500 with a stack trace in the log.
 *
 * <p>Also answers an upload whose file name Tomcat refuses (a NUL byte in it) with a 400 page that says so: Tomcat
 * parses the form lazily, inside whichever filter first reads a parameter, and its {@code InvalidFileNameException}
 * was a 500. Nothing of the request has been handled at that point, so nothing is stored.
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
        try {
            chain.doFilter(request, response);
        } catch (InvalidFileNameException | IllegalStateException e) {
            if (!(e instanceof InvalidFileNameException) && !(e.getCause() instanceof InvalidFileNameException)
                    || response.isCommitted()) {
                throw e;
            }
            badFileName(request, response);
        }
    }

    private static void badFileName(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        String back = backTo(request.getHeader("Referer"));
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="es"><head><meta charset="utf-8"><title>Nombre de archivo no válido</title>
                <link rel="stylesheet" href="/css/app.css"></head>
                <body><main id="main"><h1>Nombre de archivo no válido</h1>
                <p class="error">El nombre del archivo tiene caracteres que no se aceptan (caracteres de control).
                Cambie el nombre del archivo y vuelva a subirlo. No se guardó nada.</p>
                <p><a href="%s">Volver</a></p></main></body></html>
                """.formatted(back));
    }

    /** The page the form was on (same site, path only), or the home page. */
    private static String backTo(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            String path = java.net.URI.create(referer).getRawPath();
            return path != null && path.startsWith("/") && path.matches("[/A-Za-z0-9._~-]*") ? path : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
