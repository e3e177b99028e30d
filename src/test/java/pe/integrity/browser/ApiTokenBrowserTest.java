package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import pe.integrity.support.DemoUsers;

/**
 * A Conductor makes an API token through the forms (from the header's "Mi contraseña"), sees it once, another
 * system calls the API with it, and once revoked on the same page the call is refused.
 */
@BrowserTest
class ApiTokenBrowserTest implements WithBrowser {

    @LocalServerPort
    int port;

    WebPage page;
    String token;
    String entityId;

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void open() {
        page = new WebPage(port, "api-token", false);
    }

    @AfterAll
    void closeBrowser() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void theConductorCreatesATokenAndSeesItOnce() {
        page.login("conductor.cusco", DemoUsers.PASSWORD);
        String entity = page.href("Ver mi entidad");
        entityId = entity.substring(entity.lastIndexOf('/') + 1);
        page.click(By.linkText("Mi contraseña")).link("Mis tokens de API").expectH1("Mis tokens de API");
        assertThat(page.href("Probar la API en el navegador (Swagger UI, necesita JavaScript)"))
                .as("Swagger UI (SwaggerUiBrowserTest opens it with scripts on)").endsWith("/api/v1/docs");
        page.fill("name", "Sistema de trámite documentario").submit("Crear token").expectText("no se volverá a mostrar");
        token = page.driver.findElement(By.id("token")).getText();
        assertThat(token).startsWith("irk_");
        page.shot("api-token");
        assertThat(call()).as("the other system reads with it").isEqualTo(200);
    }

    @Test
    @Order(2)
    void revokedOnThePageTheTokenIsRefused() {
        page.click(By.linkText("Mi contraseña")).link("Mis tokens de API");
        assertThat(page.mainText()).as("shown once").doesNotContain(token);
        page.submit("Revocar «Sistema de trámite documentario»").expectText("ya no da acceso a la API");
        assertThat(call()).isEqualTo(401);
        page.logout();
    }

    private int call() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/entities/" + entityId + "/assessments"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
