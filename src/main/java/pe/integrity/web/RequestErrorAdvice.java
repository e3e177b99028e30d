package pe.integrity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Requests no page of ours would send, answered with our error pages instead of a trace or Spring's generic
 * 500: a path id that is not a number names nothing (404); a form field with an index beyond any form's rows
 * (a tampered {@code observations[5000]}) is a broken request (400), and nothing is saved.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestErrorAdvice {

    /**
     * The most rows an indexed form field may grow a list to. The longest form (SIP's observations) allows 60
     * rows; a higher index is refused before any binding happens. Set on every binder by
     * {@link TextInputAdvice#prepare}, which must set it before it registers its editors.
     */
    static final int MAX_FORM_ROWS = 100;

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        boolean inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
        response.sendError(inPath ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Raised by binding when an index exceeds {@link #MAX_FORM_ROWS} or names no property. */
    @ExceptionHandler(InvalidPropertyException.class)
    void brokenForm(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
