package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser, driven the way a person uses the application: sign in on the login page, then only follow
 * links and submit the application's own forms. Every step can be photographed
 * ({@code target/browser-screenshots/<scenario>/NN-step.png}) and checked with axe-core.
 */
final class WebPage implements AutoCloseable {

    static final String PASSWORD = "demo12345";
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    final WebDriver driver;
    private final String base;
    private final Path shots;
    private final boolean javascript;
    private final WebDriverWait wait;
    private int step;
    /** Pages (path) where axe ran, for the report. */
    final Set<String> checkedPages = new LinkedHashSet<>();
    /** Serious or critical violations found, as text, when collecting instead of failing. */
    final List<String> violations = new ArrayList<>();
    /** Weight, scripts and width of each page where a screenshot was taken (only with JavaScript on). */
    final List<PageBudget.Figures> budgets = new ArrayList<>();
    private final PageBudget budget = new PageBudget();

    WebPage(int port, String scenario, boolean javascript) {
        this.driver = Chromium.start(javascript);
        this.base = "http://localhost:" + port;
        this.javascript = javascript;
        this.shots = Path.of("target", "browser-screenshots", scenario);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        try {
            Files.createDirectories(shots);
            try (var old = Files.list(shots)) { // the previous run's steps
                for (Path f : old.filter(f -> f.toString().matches(".*\\.(png|html)$")).toList()) {
                    Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- entering and leaving

    /** The only typed addresses: the login page, then the home page it leads to. */
    WebPage login(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        fill("username", username);
        fill("password", password);
        submit("Ingresar");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/logout']")));
        return this;
    }

    WebPage login(String username) {
        return login(username, PASSWORD);
    }

    WebPage logout() {
        clickAndWait(driver.findElement(By.cssSelector("form[action$='/logout'] button")));
        assertThat(driver.getCurrentUrl()).contains("/login");
        return this;
    }

    /** Back to the home page through the header's link. */
    WebPage home() {
        return click(By.cssSelector("header a.brand"));
    }

    // ---------------------------------------------------------------- following links

    WebPage link(String text) {
        return click(By.xpath("//main//a[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    WebPage navLink(String text) {
        return click(By.xpath("//nav//a[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    /** A link whose text is {@code text} in the table row that mentions {@code rowText}. */
    WebPage linkInRow(String rowText, String text) {
        return click(By.xpath("//main//tr[contains(normalize-space(), " + xpathLiteral(rowText) + ")]//a[normalize-space()="
                + xpathLiteral(text) + "]"));
    }

    /** A task in the inbox of the home page: step name, and the entity (and process) it belongs to. */
    WebPage task(String step, String... rowTexts) {
        StringBuilder row = new StringBuilder("//main//tr");
        for (String t : rowTexts) {
            row.append("[contains(normalize-space(), ").append(xpathLiteral(t)).append(")]");
        }
        By link = By.xpath(row + "//a[normalize-space()=" + xpathLiteral(step) + "]");
        assertThat(driver.findElements(link))
                .as("task '%s' %s in the inbox of %s; inbox text:%n%s", step, List.of(rowTexts), driver.getCurrentUrl(),
                        mainText())
                .hasSize(1);
        return click(link);
    }

    boolean hasTask(String step, String... rowTexts) {
        StringBuilder row = new StringBuilder("//main//tr");
        for (String t : rowTexts) {
            row.append("[contains(normalize-space(), ").append(xpathLiteral(t)).append(")]");
        }
        return !driver.findElements(By.xpath(row + "//a[normalize-space()=" + xpathLiteral(step) + "]")).isEmpty();
    }

    WebPage click(By by) {
        List<WebElement> found = driver.findElements(by);
        assertThat(found).as("%s on %s; page text:%n%s", by, driver.getCurrentUrl(), mainText()).isNotEmpty();
        clickAndWait(found.get(0));
        return this;
    }

    String href(String linkText) {
        WebElement a = driver.findElement(By.xpath("//main//a[normalize-space()=" + xpathLiteral(linkText) + "]"));
        return a.getAttribute("href");
    }

    // ---------------------------------------------------------------- forms

    WebPage fill(String id, String value) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
        return this;
    }

    /** A date field, typed as a person types it into Chromium's date control. */
    WebPage date(String id, java.time.LocalDate date) {
        WebElement e = driver.findElement(By.id(id));
        String dd = String.format("%02d", date.getDayOfMonth());
        String mm = String.format("%02d", date.getMonthValue());
        String yyyy = String.valueOf(date.getYear());
        // headless Chromium may keep a month-first date control whatever the page's language: try both orders
        for (String typed : List.of(dd + mm + yyyy, mm + dd + yyyy)) {
            e.clear();
            e.sendKeys(typed);
            if (date.toString().equals(e.getAttribute("value"))) {
                break;
            }
        }
        assertThat(e.getAttribute("value")).as("date typed into #%s", id).isEqualTo(date.toString());
        return this;
    }

    WebPage select(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    WebPage selectContaining(String id, String text) {
        Select s = new Select(driver.findElement(By.id(id)));
        WebElement option = s.getOptions().stream().filter(o -> o.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no option with '" + text + "' in #" + id + ": "
                        + s.getOptions().stream().map(WebElement::getText).toList()));
        s.selectByVisibleText(option.getText());
        return this;
    }

    /** The last option of a select (the highest level of a scale). */
    WebPage selectLast(String id) {
        Select s = new Select(driver.findElement(By.id(id)));
        s.selectByIndex(s.getOptions().size() - 1);
        return this;
    }

    /** The first option of the optgroup labelled {@code group}. */
    WebPage selectFirstInGroup(String id, String group) {
        WebElement option = driver.findElement(By.xpath("//select[@id=" + xpathLiteral(id) + "]/optgroup[@label="
                + xpathLiteral(group) + "]/option[1]"));
        new Select(driver.findElement(By.id(id))).selectByValue(option.getAttribute("value"));
        return this;
    }

    /**
     * The first typology of a category in the risk form's one classification select: its optgroup starts with
     * the category alone ("(sin tipología específica)"), the typologies follow.
     */
    WebPage selectFirstTypologyIn(String id, String category) {
        WebElement option = driver.findElement(By.xpath("//select[@id=" + xpathLiteral(id) + "]/optgroup[@label="
                + xpathLiteral(category) + "]/option[2]"));
        new Select(driver.findElement(By.id(id))).selectByValue(option.getAttribute("value"));
        return this;
    }

    /** A radio button or check box, by the text of its label. */
    WebPage choose(String labelText) {
        WebElement label = driver.findElement(By.xpath("//main//label[normalize-space()=" + xpathLiteral(labelText) + "]"));
        WebElement input = driver.findElement(By.id(label.getAttribute("for")));
        if (!input.isSelected()) {
            label.click();
        }
        assertThat(input.isSelected()).as("'%s' selected", labelText).isTrue();
        return this;
    }

    /** Chooses the radio button or check box whose label contains this text (a search result, say). */
    WebPage chooseContaining(String text) {
        WebElement label = driver.findElement(By.xpath("//main//label[contains(normalize-space(), " + xpathLiteral(text) + ")]"));
        WebElement input = driver.findElement(By.id(label.getAttribute("for")));
        if (!input.isSelected()) {
            label.click();
        }
        assertThat(input.isSelected()).as("'%s' selected", text).isTrue();
        return this;
    }

    WebPage upload(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Submits with the button of that text (the first on the page). */
    WebPage submit(String buttonText) {
        return click(By.xpath("//button[normalize-space()=" + xpathLiteral(buttonText) + "]"));
    }

    // ---------------------------------------------------------------- keyboard only

    /** Tab (forwards) until the element has the focus; fails if it is not reachable in the tab order. */
    WebPage tabTo(By by) {
        WebElement target = driver.findElement(by);
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (active.equals(target)) {
                return this;
            }
            path.add(describe(active));
            keys(org.openqa.selenium.Keys.TAB);
        }
        throw new AssertionError(by + " not reached with Tab on " + path() + "; focus went through " + path);
    }

    WebPage tabToId(String id) {
        return tabTo(By.id(id));
    }

    /** Shift+Tab once; the focus must land on the element with that id. */
    WebPage shiftTabExpecting(String id) {
        new org.openqa.selenium.interactions.Actions(driver)
                .keyDown(org.openqa.selenium.Keys.SHIFT).sendKeys(org.openqa.selenium.Keys.TAB)
                .keyUp(org.openqa.selenium.Keys.SHIFT).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus after Shift+Tab").isEqualTo(id);
        return this;
    }

    /** Keys sent to whatever has the focus. */
    WebPage keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Enter on the focused link or button, then the next page. */
    WebPage enterAndWait() {
        return keyAndWait(org.openqa.selenium.Keys.ENTER);
    }

    /** A key that follows a link or submits a form (Enter, or Space on a button), then the next page. */
    WebPage keyAndWait(CharSequence key) {
        WebElement html = driver.findElement(By.tagName("html"));
        keys(key);
        waitForNextPage(html);
        return this;
    }

    /** Arrow Down on the focused select until the option with that text is chosen. */
    WebPage arrowDownTo(String id, String optionText) {
        Select s = new Select(driver.findElement(By.id(id)));
        for (int i = 0; i < 60 && !s.getFirstSelectedOption().getText().contains(optionText); i++) {
            keys(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        assertThat(s.getFirstSelectedOption().getText()).as("#%s chosen with the arrow keys", id).contains(optionText);
        return this;
    }

    /** Arrow Down on the focused select to its last option. */
    WebPage arrowDownToLast(String id) {
        Select s = new Select(driver.findElement(By.id(id)));
        String last = s.getOptions().get(s.getOptions().size() - 1).getText();
        return arrowDownTo(id, last);
    }

    private static String describe(WebElement e) {
        String id = e.getAttribute("id");
        return e.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id)
                + ("a".equals(e.getTagName()) || "button".equals(e.getTagName()) ? "(" + e.getText() + ")" : "");
    }

    // ---------------------------------------------------------------- reading

    String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String mainText() {
        List<WebElement> main = driver.findElements(By.tagName("main"));
        return main.isEmpty() ? driver.findElement(By.tagName("body")).getText() : main.get(0).getText();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    WebPage expectH1(String text) {
        assertThat(h1()).as("heading of %s", driver.getCurrentUrl()).contains(text);
        return this;
    }

    WebPage expectText(String text) {
        assertThat(mainText()).as("text of %s", driver.getCurrentUrl()).contains(text);
        return this;
    }

    /**
     * Forms on this page that would change something: POST forms, except signing out, that can be sent (they
     * have a submit button that is not disabled, itself or by its fieldset). A read-only view of a record shown
     * as a disabled form without a button is not one.
     */
    List<String> changingForms() {
        return driver.findElements(By.cssSelector("form")).stream()
                .filter(f -> "post".equalsIgnoreCase(String.valueOf(f.getAttribute("method"))))
                .filter(f -> !f.findElements(By.cssSelector(
                        "button:enabled:not([type=button]):not([type=reset]), input[type=submit]:enabled")).isEmpty())
                .map(f -> f.getAttribute("action"))
                .filter(a -> a == null || !a.endsWith("/logout"))
                .toList();
    }

    /** Downloads a link's target with this browser's session (headless Chrome keeps downloads out of reach). */
    byte[] download(String href) {
        HttpResponse<byte[]> r = PageBudget.get(driver, href);
        assertThat(r.statusCode()).as("GET %s", href).isEqualTo(200);
        return r.body();
    }

    // ---------------------------------------------------------------- evidence

    /** A screenshot of the step, then its weight and axe-core inside the page (only with JavaScript on). */
    WebPage shot(String name) {
        evidence(name);
        if (javascript) {
            budgets.add(budget.measure(driver));
            axe();
        }
        return this;
    }

    /** The pages measured by {@link #shot} stay within {@link PageBudget}: light, script-free, no sideways scroll. */
    void assertWithinBudget() {
        assertThat(budgets).as("pages measured").isNotEmpty();
        List<String> over = budgets.stream()
                .filter(b -> !b.problems().isEmpty())
                .map(b -> b.path() + ": " + b.problems())
                .toList();
        assertThat(over).as("pages over budget").isEmpty();
    }

    /** Screenshot and HTML source of the page, numbered in the order of the walk. */
    void evidence(String name) {
        step++;
        Path file = shots.resolve(String.format("%02d-%s.png", step, name));
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(shots.resolve(String.format("%02d-%s.html", step, name)), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * axe-core (its default rules: WCAG 2.x A and AA and best practices) inside this page; serious and critical
     * violations are collected, and {@link #assertNoAxeViolations()} fails with all of them.
     */
    WebPage axe() {
        List<String> blocking = blockingViolations();
        checkedPages.add(path());
        if (!blocking.isEmpty()) {
            violations.add(path() + ":\n" + String.join("\n", blocking));
        }
        return this;
    }

    /** axe-core's serious and critical violations in the current page, described. */
    List<String> blockingViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(r -> BLOCKING_IMPACTS.contains(r.getImpact()))
                .map(r -> describe(r))
                .toList();
    }

    void assertNoAxeViolations() {
        assertThat(checkedPages).as("pages checked by axe-core").isNotEmpty();
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found serious or critical violations on " + violations.size()
                    + " of " + checkedPages.size() + " pages:\n" + String.join("\n", violations));
        }
    }

    private static String describe(Rule r) {
        String nodes = r.getNodes().stream().limit(5)
                .map(n -> "      " + n.getTarget() + "  " + abbreviate(n.getHtml()))
                .collect(Collectors.joining("\n"));
        return "  [" + r.getImpact() + "] " + r.getId() + ": " + r.getHelp() + " (" + r.getNodes().size() + " nodes)\n" + nodes;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    // ---------------------------------------------------------------- internals

    private void clickAndWait(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        waitForNextPage(html);
    }

    /** The old page is gone (its root element is stale, or already detached mid-navigation) and a new one is there. */
    private void waitForNextPage(WebElement oldHtml) {
        wait.until(d -> {
            try {
                oldHtml.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                // "Node with given id does not belong to the document": Chromium dropped it while navigating
                return String.valueOf(e.getMessage()).contains("does not belong to the document");
            }
        });
        wait.until(d -> !d.findElements(By.tagName("body")).isEmpty());
    }

    static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
