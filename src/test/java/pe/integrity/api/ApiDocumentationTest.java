package pe.integrity.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import pe.integrity.support.Browser;
import pe.integrity.support.IntegrationTest;

/**
 * The OpenAPI description lists exactly the operations the API's controllers map, each with its errors, and Swagger
 * UI answers under /api/v1/docs with a policy that allows its own scripts there and nowhere else.
 */
@IntegrationTest
class ApiDocumentationTest {

    /** The one operation anyone may call without a token, like /verificar. */
    static final String PUBLIC = "GET /api/v1/registers/{code}/verify";

    @Autowired ApplicationContext ctx;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @LocalServerPort int port;

    @Test
    void theOpenApiDescriptionListsEveryOperationOfTheControllersWithItsErrors() throws Exception {
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (e.getValue().getBeanType().getPackageName().equals(ApiDocumentationTest.class.getPackageName())) {
                for (String path : e.getKey().getPatternValues()) {
                    e.getKey().getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + path));
                }
            }
        }
        assertThat(mapped).hasSizeGreaterThanOrEqualTo(13).contains(PUBLIC, "POST /api/v1/tasks/{taskId}/complete");

        JsonNode doc = new ApiCalls(ctx).ok(null, "/api/v1/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(p -> p.getValue().properties()
                .forEach(op -> documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey())));
        assertThat(documented).isEqualTo(mapped);

        for (String operation : mapped) {
            String method = operation.substring(0, operation.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = operation.substring(operation.indexOf(' ') + 1);
            JsonNode op = doc.at("/paths/" + path.replace("/", "~1") + "/" + method);
            JsonNode responses = op.get("responses");
            assertThat(op.get("summary").asText()).as(operation).isNotBlank();
            assertThat(responses.has("200") || responses.has("204")).as(operation + " " + responses).isTrue();
            assertThat(responses.has("400")).as(operation + " documents 400").isTrue();
            if (!operation.equals(PUBLIC)) {
                assertThat(responses.has("401")).as(operation + " documents 401").isTrue();
                assertThat(op.at("/security/0").has("token")).as(operation + " names the token").isTrue();
            }
            if (path.contains("{")) {
                assertThat(responses.has("404")).as(operation + " documents 404").isTrue();
            }
            if (path.contains("{") && !operation.equals(PUBLIC)) {
                assertThat(responses.has("403")).as(operation + " documents 403").isTrue();
            }
        }
        assertThat(doc.at("/paths/~1api~1v1~1tasks~1{taskId}~1complete/post/responses").has("422")).isTrue();
        assertThat(doc.at("/components/securitySchemes/token/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void swaggerUiAnswersUnderItsPathWithItsOwnPolicyAndTheRestKeepsTheStrictOne() {
        Browser browser = new Browser(port);
        String location = "/api/v1/docs";
        Browser.Page ui = browser.get(location);
        for (int hops = 0; ui.status() == 302 && hops < 3; hops++) {
            location = java.net.URI.create(ui.location()).getPath();
            assertThat(location).as("every redirect stays under the docs' path").startsWith("/api/v1/docs/");
            ui = browser.get(location);
        }
        assertThat(ui.status()).as(location).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        String policy = ui.header("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'").doesNotContain("'unsafe-eval'");
        assertThat(policy.replace("style-src 'self' 'unsafe-inline'", "")).doesNotContain("unsafe-inline");

        String initializer = location.substring(0, location.lastIndexOf('/') + 1) + "swagger-initializer.js";
        Browser.Page script = browser.get(initializer);
        assertThat(script.status()).as(initializer).isEqualTo(200);
        assertThat(script.body()).contains("/api/v1/openapi.json");
        Browser.Page config = browser.get("/api/v1/openapi.json/swagger-config");
        assertThat(config.status()).isEqualTo(200);

        assertThat(browser.get("/api/v1/openapi.json").header("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'").doesNotContain("script-src 'self'");
        assertThat(browser.get("/api/v1/entities").header("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'");
        assertThat(browser.get("/login").header("Content-Security-Policy").orElseThrow()).contains("script-src 'none'");
    }
}
