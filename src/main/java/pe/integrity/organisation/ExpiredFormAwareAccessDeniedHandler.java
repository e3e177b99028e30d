package pe.integrity.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sends the 403 error page as usual, but marks a refused form token (usually a form left open until the
 * session expired) so the page can tell the person to reload it instead of claiming they lack permission.
 */
class ExpiredFormAwareAccessDeniedHandler implements AccessDeniedHandler {

    /** Request attribute read by templates/error/403.html. */
    static final String EXPIRED_FORM = "expiredForm";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (denied instanceof CsrfException) {
            request.setAttribute(EXPIRED_FORM, Boolean.TRUE);
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
