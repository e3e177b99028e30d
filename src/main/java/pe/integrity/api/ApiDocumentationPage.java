package pe.integrity.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * /api/v1/docs opens Swagger UI. springdoc serves the UI's files beside its page, under the page's folder, so the page
 * lives at /api/v1/docs/swagger-ui.html (application.yml) and everything it loads stays under /api/v1/docs, the one
 * path whose Content-Security-Policy allows scripts.
 */
@Configuration
class ApiDocumentationPage implements WebMvcConfigurer {

    static final String PAGE = "/api/v1/docs/swagger-ui.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/api/v1/docs", PAGE);
    }
}
