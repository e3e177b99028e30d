package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.organisation.ApiTokens;
import pe.integrity.organisation.CurrentUser;

/**
 * Swagger UI at /api/v1/docs in a real browser with scripts on: under the policy of its path it loads its own
 * scripts, renders every operation of the OpenAPI description, takes a personal token in "Authorize" and calls the
 * API from the page (connect-src 'self'), which answers the caller's tasks.
 */
@BrowserTest
class SwaggerUiBrowserTest {

    @LocalServerPort int port;
    @Autowired ApiTokens tokens;
    @Autowired UserDetailsService users;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void open() {
        driver = Chromium.start(true);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @Order(1)
    void swaggerUiRendersEveryOperationUnderItsOwnPolicy() {
        driver.get("http://localhost:" + port + "/api/v1/docs");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 12));
        assertThat(driver.getCurrentUrl()).contains("/api/v1/docs/");
        assertThat(driver.findElements(By.cssSelector(".opblock"))).hasSizeGreaterThanOrEqualTo(13);
        assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).contains("API REST");
    }

    @Test
    @Order(2)
    void aPersonalTokenInAuthorizeCallsTheApiFromThePage() {
        String token = tokens.create((CurrentUser) users.loadUserByUsername("conductor.cusco"), "Swagger UI");
        driver.findElement(By.cssSelector(".btn.authorize")).click();
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".auth-container input")));
        field.sendKeys(token);
        driver.findElement(By.cssSelector(".auth-container .btn.modal-btn.auth.authorize")).click();
        driver.findElement(By.cssSelector(".btn-done")).click();

        WebElement operation = driver.findElement(By.id("operations-Tareas-open"));
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Tareas-open .try-out__btn"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Tareas-open .execute"))).click();
        By status = By.cssSelector("#operations-Tareas-open .live-responses-table tbody .response-col_status");
        wait.until(ExpectedConditions.visibilityOfElementLocated(status));
        assertThat(driver.findElement(status).getText()).startsWith("200");
        assertThat(driver.findElement(By.cssSelector("#operations-Tareas-open .live-responses-table .microlight"))
                .getText()).contains("\"items\"");
    }
}
