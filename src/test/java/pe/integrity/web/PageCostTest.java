package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * No page's cost grows with the country: the SQL statements each page of the walk runs (JPA's and the
 * engine's alike, counted at the JDBC level) are the same, within {@value #SLACK}, with the demo data and 8
 * more entities as with 2,000 entities and 400 submissions waiting for SIP. Counted, never timed: an N+1 shows
 * as a count that grows with the data, whatever the machine's speed.
 */
@IntegrationTest
@Import(PageCostTest.CountStatements.class)
class PageCostTest {

    /** Statements a page may run more at 2,000 entities than at 10 (e.g. a page link's extra count). */
    static final int SLACK = 2;
    static final int SMALL = 8;
    static final int LARGE = 2_000;

    /** Wraps the application's DataSource (one pool: JPA, Liquibase and Camunda) in a statement counter. */
    @TestConfiguration
    static class CountStatements {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && name.equals("dataSource")
                            ? ProxyDataSourceBuilder.create(ds).name("pages").countQuery().build()
                            : bean;
                }
            };
        }
    }

    @Autowired MockMvc mvc;
    @Autowired DataSource dataSource;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired TransactionTemplate tx;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyPageOfTheWalkRunsAsManyStatementsAtTwoThousandEntitiesAsAtTen() throws Exception {
        PageCostSeed seed = new PageCostSeed(dataSource, runtime, tx);
        seed.seed(0, SMALL);
        walk(); // first requests fill caches (vocabularies, templates): not the pages' cost
        Map<String, Long> small = walk();
        long entitiesSmall = count("public_entity");
        long seeding = System.nanoTime();
        seed.seed(SMALL, LARGE);
        seeding = (System.nanoTime() - seeding) / 1_000_000;
        Map<String, Long> large = walk();
        long entitiesLarge = count("public_entity");
        long waiting = tasks.createTaskQuery().taskDefinitionKey(AssessmentProcess.REVIEW_SUBMISSION).count();

        StringBuilder table = new StringBuilder(String.format("%nstatements per page: %d vs %d entities, %d waiting"
                + " for SIP (seeded in %d ms)%n", entitiesSmall, entitiesLarge, waiting, seeding));
        small.forEach((page, n) -> table.append(String.format("%6d %6d  %s%n", n, large.get(page), page)));
        System.out.println(table);

        assertThat(entitiesLarge).isGreaterThanOrEqualTo(LARGE);
        assertThat(waiting).isGreaterThanOrEqualTo(LARGE / PageCostSeed.REVIEW_EVERY);
        List<String> grown = new ArrayList<>();
        small.forEach((page, n) -> {
            if (large.get(page) > n + SLACK) {
                grown.add(page + ": " + n + " → " + large.get(page));
            }
        });
        assertThat(grown).as("pages whose statements grew with the data" + table).isEmpty();
    }

    /** Each page of the walk once, by role, with the statements it ran. */
    private Map<String, Long> walk() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        long cusco = jdbc.queryForObject("select entity_id from app_user where username = 'conductor.cusco'", Long.class);
        long cuscoAssessment = jdbc.queryForObject(
                "select max(id) from assessment where entity_id = ?", Long.class, cusco);
        long reviewed = PageCostSeed.assessmentId(0);
        String reviewTask = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(reviewed))
                .singleResult().getId();
        Map<String, RequestBuilder> sip = Map.of(
                "SIP /", get("/"),
                "SIP /tasks", get("/tasks"),
                "SIP /review", get("/review"),
                "SIP /review?page=3", get("/review").param("page", "3"),
                "SIP overview", get("/assessments/" + reviewed),
                "SIP review page", get("/review/tasks/" + reviewTask),
                "SIP /entities", get("/entities"),
                "SIP /national", get("/national"),
                "SIP /dashboard", get("/dashboard"),

                "SIP dashboard list", get("/dashboard/entities").param("periodYear", String.valueOf(
                        java.time.LocalDate.now(pe.integrity.shared.Display.ZONE).getYear())).param("column", "TOTAL"));
        Map<String, RequestBuilder> admin = Map.of(
                "admin /admin/users", get("/admin/users"),
                "admin /admin/users?page=2", get("/admin/users").param("page", "2"),
                "admin /admin/users/new", get("/admin/users/new"),
                "admin /admin/entities/new", get("/admin/entities/new"),
                "admin entity search", post("/admin/entities").param("findEntity", "0")
                        .param("entityQuery", "entidad").param("name", "Nueva").with(csrf()),
                "admin /entities", get("/entities"));
        Map<String, RequestBuilder> conductor = Map.of(
                "conductor /", get("/"),
                "conductor /tasks", get("/tasks"),
                "conductor entity", get("/entities/" + cusco),
                "conductor assessments", get("/entities/" + cusco + "/assessments"),
                "conductor overview", get("/assessments/" + cuscoAssessment),
                "conductor search", get("/search").param("q", "contrataciones"));
        measure(counts, "sip.revisor", sip);
        measure(counts, "sip.revisor", Map.of("SIP /library", get("/library"),
                "SIP /library of a typology and type", get("/library").param("typology", "COLUSION")
                        .param("entityType", "MINISTRY").param("state", "SHARED")));
        // every seeded risk says "especificaciones técnicas": the count and the ranking grow, the statements do not
        measure(counts, "sip.revisor", Map.of("SIP search", get("/search").param("q", "especificacion tecnica"),
                "SIP search, page 3", get("/search").param("q", "direccione").param("page", "2")));
        measure(counts, "admin", admin);
        measure(counts, "conductor.cusco", conductor);
        measure(counts, "tecnico.cusco", Map.of("tecnico /", get("/"), "tecnico /tasks", get("/tasks")));
        measure(counts, "alta.cusco", Map.of("alta /", get("/")));
        measure(counts, "consultivo.cusco", Map.of("consultivo /", get("/")));
        measure(counts, "auditor", Map.of("auditor /national", get("/national"), "auditor /entities", get("/entities"),
                "auditor /dashboard", get("/dashboard").param("by", "SECTOR"), "auditor /campaigns", get("/campaigns"),
                "auditor history", get("/assessments/" + cuscoAssessment + "/history"),
                "auditor history of a reviewed one", get("/assessments/" + reviewed + "/history"),
                "auditor aggregates", get("/dashboard/aggregates"),
                "auditor /library", get("/library").param("page", "2"),
                "auditor search of a department", get("/search").param("q", "especificaciones")
                        .param("department", "Cusco").param("kind", "RISK"),
                "auditor aggregates of a department", get("/dashboard/aggregates").param("by", "DEPARTMENT")
                        .param("value", "Cusco")));
        return counts;
    }

    private void measure(Map<String, Long> counts, String username, Map<String, RequestBuilder> pages)
            throws Exception {
        var principal = user(users.loadUserByUsername(username));
        for (var page : new java.util.TreeMap<>(pages).entrySet()) {
            RequestBuilder request = page.getValue();
            if (request instanceof org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b) {
                b.with(principal);
            }
            QueryCountHolder.clear();
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            long statements = QueryCountHolder.getGrandTotal().getTotal();
            assertThat(status).as(page.getKey()).isEqualTo(200);
            counts.put(page.getKey(), statements);
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
