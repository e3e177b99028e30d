package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/**
 * Years, ids and limits are printed as written ("Periodo 2026", "4000 caracteres"), never with a thousands
 * separator as a locale-formatted number would have them ("2,026").
 */
@IntegrationTest
class NumbersOnPagesTest {

    /** A digit, a grouping comma or dot, three digits: "2,026", "4.000". */
    static final Pattern GROUPED = Pattern.compile("\\d[,.]\\d{3}(?!\\d)");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void noPageOfAWalkedAssessmentPrintsTheYearWithAThousandsSeparator() throws Exception {
        Walks walks = new Walks(context);
        Screen screen = new Screen(mvc);
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2026, AssessmentStage.FOLLOW_UP);
        CurrentUser conductor = crew.team().conductor();

        Set<String> visited = crawl(screen, conductor, "/assessments/" + id);
        assertThat(visited).as("the overview and its step pages")
                .contains("/assessments/" + id, "/assessments/" + id + "/scope", "/assessments/" + id + "/follow-up");
        assertThat(screen.page(conductor, "/assessments/" + id).select("h1").text()).isEqualTo("Evaluación 2026");

        // the home task list, with a task of a 2026 assessment on it
        Walks.Crew other = walks.crew();
        Long evaluating = walks.at(other, 2026, AssessmentStage.EVALUATION);
        CurrentUser evaluator = other.team().conductor();
        crawl(screen, evaluator, "/assessments/" + evaluating);
        for (CurrentUser who : new CurrentUser[] {conductor, evaluator, other.team().alta(), other.team().tecnico()}) {
            for (String home : new String[] {"/", "/tasks", "/tasks?lang=en"}) {
                assertNoGroupedNumber(home + " as " + who.username(), screen.page(who, home));
            }
        }
        assertThat(screen.page(evaluator, "/tasks").text()).contains("Periodo 2026");
        assertThat(screen.page(evaluator, "/").text()).contains("Periodo 2026");
    }

    @Test
    void validationMessagesPrintTheLimitAsWritten() throws Exception {
        Walks walks = new Walks(context);
        Screen screen = new Screen(mvc);
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2026, AssessmentStage.PREPARATION);
        CurrentUser conductor = crew.team().conductor();

        Document es = screen.rejected(conductor, "/assessments/" + id + "/scope/context", "context", "x".repeat(4001));
        assertThat(Screen.errors(es)).contains("Debe tener entre 0 y 4000 caracteres.");
        assertNoGroupedNumber("context form", es);

        Document en = screen.rejected(conductor, "/assessments/" + id + "/scope/context?lang=en", "context",
                "x".repeat(4001));
        assertThat(Screen.errors(en)).contains("Must be between 0 and 4000 characters.");
    }

    /** Every page under the start reachable by links, in Spanish; each checked. */
    private Set<String> crawl(Screen screen, CurrentUser who, String start) throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty() && seen.size() < 60) {
            String url = todo.poll();
            if (!seen.add(url)) {
                continue;
            }
            MvcResult r = screen.get(who, url);
            String type = r.getResponse().getContentType();
            if (r.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Screen.parse(r);
            assertNoGroupedNumber(url, page);
            for (String href : page.select("a[href]").eachAttr("href")) {
                String path = href.replaceAll("[#?].*$", "");
                if (path.startsWith(start) && !seen.contains(path)) {
                    todo.add(path);
                }
            }
        }
        return seen;
    }

    private static void assertNoGroupedNumber(String where, Document page) {
        String text = page.text();
        Matcher m = GROUPED.matcher(text);
        if (m.find()) {
            String around = text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 10));
            throw new AssertionError(where + " prints a number with a thousands separator: …" + around + "…");
        }
    }
}
