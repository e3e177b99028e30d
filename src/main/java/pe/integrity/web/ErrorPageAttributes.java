package pe.integrity.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import pe.integrity.shared.ErrorReference;

/**
 * What every error page and error answer may show: Spring Boot's status and path (never the message,
 * exception or trace, see {@code server.error.*}), plus a short reference for a server error (5xx) or a
 * broken request (400). The same reference goes to the log with the exception, so an administrator can find
 * it: ERROR with the stack trace for a server error, WARN in one line for a broken request.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageAttributes.class);
    static final String REFERENCE = "reference";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        if (status instanceof Integer code && (code >= 500 || code == 400)) {
            attributes.put(REFERENCE, reference(request, code, String.valueOf(attributes.get("path"))));
        }
        return attributes;
    }

    /** One reference per request, however often the attributes are read. */
    private String reference(WebRequest request, int status, String path) {
        Object known = request.getAttribute(REFERENCE, RequestAttributes.SCOPE_REQUEST);
        if (known instanceof String reference) {
            return reference;
        }
        Throwable error = getError(request);
        String reference = ErrorReference.next();
        if (status >= 500) {
            log.error("[{}] {} on {}", reference, status, path, error);
        } else {
            log.warn("[{}] {} on {}: {}", reference, status, path, error == null ? "-" : error.toString());
        }
        request.setAttribute(REFERENCE, reference, RequestAttributes.SCOPE_REQUEST);
        return reference;
    }
}
