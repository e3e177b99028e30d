package pe.integrity.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells the person who ran {@code ./mvnw spring-boot:run} where to point the browser, with the real port. */
@Component
class ReadyBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final String baseUrl;
    private final String contextPath;

    ReadyBanner(
            @Value("${app.base-url:}") String baseUrl,
            @Value("${server.servlet.context-path:}") String contextPath) {
        this.baseUrl = baseUrl;
        this.contextPath = contextPath;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info(message(web.getWebServer().getPort()));
        }
    }

    String message(int port) {
        String local = "http://localhost:" + port + contextPath + "/";
        String text = "Application ready at " + local;
        if (!baseUrl.isBlank() && !stripSlash(baseUrl).equals(stripSlash(local))) {
            // links in e-mails and registers use app.base-url: say so when it differs from where we listen
            text += " (public base URL app.base-url=" + baseUrl + ")";
        }
        return text;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
