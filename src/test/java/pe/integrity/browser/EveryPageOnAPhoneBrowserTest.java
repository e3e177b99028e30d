package pe.integrity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static pe.integrity.support.DemoUsers.PASSWORD;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page each demo role can reach from its home page, on a 390 px wide phone: none scrolls sideways,
 * none carries a script or weighs more than 100 KB with its assets ({@link PageBudget}).
 *
 * <p>The pages are found as a user finds them: by following the links of each page, breadth first, from the
 * home page, never typing an address. Pages of the same shape (the same path with other ids) are visited twice
 * at most, so the walk covers every kind of page without growing with the data. Downloads, the language switch,
 * Camunda's own web apps and the actuator are not pages of ours and are left out.
 */
@BrowserTest
class EveryPageOnAPhoneBrowserTest implements WithBrowser {

    static final int PHONE_WIDTH = 390;
    static final int PAGES_PER_ROLE = 60;
    static final int PAGES_PER_SHAPE = 2;
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(logout|camunda|actuator|h2|css|img|error|api)(/.*)?$|\\.(pdf|xlsx|zip|png|css|ico)$|/(download|file|files|content)(/|$)");

    @LocalServerPort
    int port;

    WebPage page;
    final List<PageBudget.Figures> measured = new ArrayList<>();
    final PageBudget budget = new PageBudget();

    @Override
    public WebPage browser() {
        return page;
    }

    @BeforeAll
    void openPhone() {
        page = new WebPage(port, "phone", true);
        page.driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    }

    @AfterAll
    void closePhone() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    @Order(1)
    void theWindowIsReallyAPhone() {
        page.driver.get("http://localhost:" + port + "/login");
        Object width = ((org.openqa.selenium.JavascriptExecutor) page.driver)
                .executeScript("return document.documentElement.clientWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(PHONE_WIDTH);
        PageBudget.Figures login = budget.measure(page.driver);
        measured.add(login);
        assertThat(login.problems()).as("the login page").isEmpty();
    }

    @Test
    @Order(2)
    void conductorOfCusco() {
        walkFromHome("conductor.cusco", "/assessments/{n}");
    }

    @Test
    @Order(3)
    void tecnicoAndAltaDireccionOfCusco() {
        walkFromHome("tecnico.cusco", "/tasks");
        walkFromHome("alta.cusco", "/tasks");
    }

    @Test
    @Order(4)
    void consultivoAndConductorOfMiraflores() {
        walkFromHome("consultivo.miraflores", "/");
        walkFromHome("conductor.miraflores", "/assessments/{n}");
    }

    @Test
    @Order(5)
    void sipReviewer() {
        walkFromHome("sip.revisor", "/review", "Miraflores");
    }

    @Test
    @Order(6)
    void auditorAndAdministrator() {
        walkFromHome("auditor", "/assessments/{n}/evaluation", "Miraflores");
        walkFromHome("admin", "/admin/users");
    }

    @Test
    @Order(99)
    @EvenAfterFailedStep
    void report() {
        measured.stream()
                .sorted((a, b) -> Long.compare(b.totalBytes(), a.totalBytes()))
                .limit(10)
                .forEach(b -> System.out.printf("heaviest on a phone: %6d B  %s%n", b.totalBytes(), b.path()));
        System.out.println("pages measured on a " + PHONE_WIDTH + " px phone: " + measured.size());
    }

    /**
     * Breadth first from the home page; fails with every page that breaks the budget. Roles that work across
     * entities also start from the entity list filtered, through its own search form, by {@code entitySearch}:
     * the first entities in alphabetical order have no assessment to show.
     */
    private void walkFromHome(String username, String mustReach, String... entitySearch) {
        page.login(username, PASSWORD);
        String base = "http://localhost:" + port;
        Deque<String> queue = new ArrayDeque<>(List.of(base + "/"));
        for (String search : entitySearch) {
            page.navLink("Entidades").fill("q", search).submit("Filtrar");
            queue.add(page.driver.getCurrentUrl());
        }
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> shapes = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> reached = new LinkedHashSet<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < PAGES_PER_ROLE) {
            String url = queue.poll();
            page.driver.get(url);
            visited++;
            PageBudget.Figures f = budget.measure(page.driver);
            measured.add(f);
            reached.add(shape(f.path()));
            if (!f.problems().isEmpty()) {
                problems.add(username + " " + f.path() + ": " + f.problems());
            }
            for (WebElement a : page.driver.findElements(By.cssSelector("a[href]"))) {
                String next = link(base, a.getAttribute("href"));
                if (next != null && seen.add(next)
                        && shapes.merge(shape(URI.create(next).getPath()), 1, Integer::sum) <= PAGES_PER_SHAPE) {
                    queue.add(next);
                }
            }
        }
        System.out.println(username + ": " + visited + " pages on a phone, shapes " + reached);
        assertThat(reached).as("pages %s reached from the home page", username).contains(mustReach);
        assertThat(problems).as("pages of %s over budget on a %d px phone", username, PHONE_WIDTH).isEmpty();
        page.logout();
    }

    /** The same-origin page a link leads to, without its fragment; null when it is not one of our pages. */
    private static String link(String base, String href) {
        if (href == null || !href.startsWith(base)) {
            return null;
        }
        URI uri = URI.create(href);
        String path = uri.getPath();
        String query = uri.getRawQuery();
        if (path == null || NOT_A_PAGE.matcher(path).find() || (query != null && query.contains("lang="))) {
            return null;
        }
        return base + path + (query == null ? "" : "?" + query);
    }

    /** A path with its ids replaced, so pages of one kind count as one. */
    static String shape(String path) {
        return path.replaceAll("/\\d+", "/{n}");
    }
}
