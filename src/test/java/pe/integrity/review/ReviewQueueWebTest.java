package pe.integrity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserForm;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.RenderedForm;

/**
 * Two SIP reviewers split the queue: one takes a submission ("Asignarme"), hands another to a colleague from the
 * review page, and each sees their own part ("Asignadas a mí"); the queue shows each submission's deadline state.
 * Nobody else assigns, and only to a SIP reviewer.
 */
@IntegrationTest
class ReviewQueueWebTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext ctx;
    @Autowired UserDetailsService details;
    @Autowired UserDirectory users;
    @Autowired EntityDirectory entities;

    @Test
    void reviewersSplitTheQueueAndSeeEachSubmissionsDeadline() throws Exception {
        AssessmentJourney first = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toSipReview("Contrataciones");
        AssessmentJourney second = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toSipReview("Tesorería");
        CurrentUser rosa = (CurrentUser) details.loadUserByUsername("sip.revisor");
        CurrentUser colleague = sipReviewer("sip.colega" + first.assessmentId);
        String firstTask = first.reviewTask(rosa).id();
        String secondTask = second.reviewTask(rosa).id();
        String firstName = name(first);

        Document task = page(rosa, "/review/tasks/" + firstTask);
        assertThat(task.select("#assignee option[selected]").text()).isEqualTo("Sin asignar");
        Document unassigned = page(rosa, "/review?filter=UNASSIGNED&page=0");
        assertThat(unassigned.select("a[aria-current=page]").text()).isEqualTo("Sin asignar");

        // "Asignarme" on the queue's row
        Document mine = page(rosa, "/review?filter=MINE");
        assertThat(rowOf(mine, firstTask)).isNull();
        Element take = rowOf(page(rosa, "/review?filter=UNASSIGNED"), firstTask);
        if (take == null) {
            // the queue's first page is the fifty nearest deadlines: take it from the review page instead
            send(rosa, page(rosa, "/review/tasks/" + firstTask).select("form[action$=/assign]").first(),
                    "assignee", rosa.username());
        } else {
            send(rosa, take.select("form").first());
        }
        mine = page(rosa, "/review?filter=MINE");
        Element row = rowOf(mine, firstTask);
        assertThat(row).as("Asignadas a mí lists the taken review").isNotNull();
        assertThat(row.text()).contains(firstName).contains(rosa.fullName()).contains("quedan 15 días")
                .doesNotContain("recordada").doesNotContain("escalada");
        assertThat(row.select("button").text()).isEqualTo("Liberar");
        assertThat(rowOf(page(colleague, "/review?filter=MINE"), firstTask)).isNull();
        assertThat(page(colleague, "/review/tasks/" + firstTask).select("h1").text())
                .as("an assigned review stays open to the whole SIP team").contains(firstName);

        // handed to a colleague from the review page
        send(rosa, page(rosa, "/review/tasks/" + secondTask).select("form[action$=/assign]").first(),
                "assignee", colleague.username());
        assertThat(rowOf(page(colleague, "/review?filter=MINE"), secondTask)).isNotNull();
        assertThat(rowOf(page(rosa, "/review?filter=MINE"), secondTask)).isNull();
        assertThat(page(rosa, "/review/tasks/" + secondTask).select("#assignee option[selected]").text())
                .isEqualTo(colleague.fullName());
        assertThat(rowOf(page(rosa, "/review?filter=UNASSIGNED"), secondTask)).isNull();

        // released: back to nobody
        send(rosa, rowOf(page(rosa, "/review?filter=MINE"), firstTask).select("form").first());
        assertThat(rowOf(page(rosa, "/review?filter=MINE"), firstTask)).isNull();
        assertThat(page(rosa, "/review/tasks/" + firstTask).select("#assignee option[selected]").text())
                .isEqualTo("Sin asignar");
    }

    @Test
    void onlySipReviewersAssignAndOnlyToASipReviewer() throws Exception {
        AssessmentJourney journey = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toSipReview("Contrataciones");
        CurrentUser rosa = (CurrentUser) details.loadUserByUsername("sip.revisor");
        String taskId = journey.reviewTask(rosa).id();
        String assign = "/review/tasks/" + taskId + "/assign";
        for (String outsider : new String[] {"auditor", "admin", "conductor.miraflores", "alta.miraflores"}) {
            CurrentUser who = (CurrentUser) details.loadUserByUsername(outsider);
            assertThat(mvc.perform(post(assign).param("assignee", outsider).with(user(who)).with(csrf())).andReturn()
                    .getResponse().getStatus()).as(outsider).isEqualTo(403);
        }
        MvcResult refused = mvc.perform(post(assign).param("assignee", "conductor.miraflores").with(user(rosa))
                .with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/review");
        assertThat(refused.getFlashMap().get("assignProblem")).isEqualTo("review.assign.unknown");
        assertThat(page(rosa, "/review/tasks/" + taskId).select("#assignee option[selected]").text())
                .isEqualTo("Sin asignar");
        assertThat(mvc.perform(post("/review/tasks/no-such-task/assign").param("assignee", "sip.revisor")
                .with(user(rosa)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(409);
    }

    private CurrentUser sipReviewer(String username) {
        UserForm f = new UserForm();
        f.setUsername(username);
        f.setFullName("Colega " + username);
        f.setEmail(username + "@test.integridad.pe");
        f.setRoles(EnumSet.of(Role.SIP_REVIEWER));
        f.setPassword("secret-" + username);
        users.create(f);
        return (CurrentUser) details.loadUserByUsername(username);
    }

    private String name(AssessmentJourney j) {
        return entities.find(j.team.entityId()).orElseThrow().getName();
    }

    private Document page(CurrentUser who, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as("GET " + url).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static Element rowOf(Document queue, String taskId) {
        Element link = queue.select("a[href=/review/tasks/" + taskId + "]").first();
        return link == null ? null : link.closest("tr");
    }

    private void send(CurrentUser who, Element form, String... overrides) throws Exception {
        MockHttpServletRequestBuilder request = post(form.attr("action")).with(user(who)).with(csrf());
        java.util.Map<String, String> given = new java.util.HashMap<>();
        for (int i = 0; i < overrides.length; i += 2) {
            given.put(overrides[i], overrides[i + 1]);
        }
        for (var f : RenderedForm.fields(form)) {
            if (!given.containsKey(f.getKey())) {
                request.param(f.getKey(), f.getValue());
            }
        }
        given.forEach(request::param);
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        java.util.Map<String, Object> flash = r.getFlashMap();
        assertThat(flash).as("sent " + RenderedForm.fields(form) + given).doesNotContainKey("assignProblem");
    }
}
