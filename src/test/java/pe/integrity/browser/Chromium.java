package pe.integrity.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, at fixed paths: there is no driver
 * download here, so Selenium Manager is never asked.
 *
 * <p>Without Chromium the browser tests are skipped with a message on a developer's machine, but fail under
 * {@code CI=true} (set by CI; {@code .ci/run} installs the packages first), so a CI run can never pass
 * without them having run.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {}

    /** Fails under CI, skips elsewhere, when Chromium or chromedriver is missing. */
    static void require() {
        require(System.getenv("CI"), BROWSER, DRIVER);
    }

    static void require(String ci, Path... needed) {
        List<Path> missing = List.of(needed).stream().filter(p -> !Files.isExecutable(p)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need Debian's chromium and chromium-driver (missing " + missing
                + "): apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(ci)) {
            throw new AssertionError(message + " (CI=true: a missing browser fails the run)");
        }
        Assumptions.abort(message + " (skipped outside CI)");
    }

    static ChromeDriver start(boolean javascript) {
        require();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--lang=es-PE",
                // the network is closed: no update checks, sync or first-run pages
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check");
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", "es-PE,es",
                "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
