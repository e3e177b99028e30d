package pe.integrity.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.dashboard.NationalDashboard.EntityLine;
import pe.integrity.dashboard.NationalDashboard.Row;
import pe.integrity.dashboard.NationalDashboard.Table;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Territory;

/**
 * Each number of the national dashboard against entities seeded in a department and sector of their own, one in
 * each situation, and each number's list holding exactly the entities it counts; who may see it.
 */
@IntegrationTest
class NationalDashboardTest {

    /** This year's period, not ended yet, and last year's, ended: late entities count as overdue there. */
    static final int CURRENT = java.time.LocalDate.now(pe.integrity.shared.Display.ZONE).getYear();
    static final int ENDED = CURRENT - 1;

    @Autowired NationalDashboard dashboard;
    @Autowired Assessments assessments;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;
    @Autowired MockMvc mvc;

    CurrentUser auditor;
    Territory t;
    /** The seeded entities by the column each belongs to (besides TOTAL and OVERDUE). */
    Map<DashboardColumn, Set<Long>> expected = new EnumMap<>(DashboardColumn.class);
    Map<Long, Long> assessmentOf = new HashMap<>();

    @BeforeEach
    void seed() {
        auditor = (CurrentUser) details.loadUserByUsername("auditor");
        t = Territory.fresh(entities, users, details, "Tablero");
        expected.put(DashboardColumn.NOT_STARTED, Set.of(t.entity("Sin iniciar", EntityType.DISTRICT_MUNICIPALITY, Role.TECNICO)));
        at("En preparación", AssessmentStage.PREPARATION, DashboardColumn.PREPARATION);
        at("En evaluación", AssessmentStage.EVALUATION, DashboardColumn.EVALUATION);
        at("Con la SIP", AssessmentStage.SIP_REVIEW, DashboardColumn.SUBMITTED);
        at("Devuelta", AssessmentStage.CORRECTION, DashboardColumn.RETURNED);
        Long following = opened("En seguimiento", AssessmentStage.FOLLOW_UP);
        Long closed = opened("Cerrada", AssessmentStage.CLOSED);
        expected.put(DashboardColumn.APPROVED, Set.of(following, closed));
        t.inactiveEntity("Inactiva", EntityType.DISTRICT_MUNICIPALITY, Role.TECNICO); // counts nowhere
    }

    @Test
    void eachNumberOfTheDepartmentsRowCountsItsEntities() {
        Row row = rowOf(dashboard.table(auditor, ENDED, Dimension.DEPARTMENT), t.department());

        Map<DashboardColumn, Long> counts = new EnumMap<>(DashboardColumn.class);
        for (DashboardColumn c : DashboardColumn.values()) {
            counts.put(c, (long) expectedIn(c).size());
        }
        assertThat(row.counts()).isEqualTo(counts);
        assertThat(row.get(DashboardColumn.TOTAL)).isEqualTo(7);
        assertThat(row.get(DashboardColumn.OVERDUE)).as("not started, preparation, evaluation, returned").isEqualTo(4);
        assertThat(rowOf(dashboard.table(auditor, ENDED, Dimension.SECTOR), t.sector()).counts()).isEqualTo(counts);
    }

    @Test
    void eachNumbersListHoldsExactlyTheEntitiesItCounts() {
        for (DashboardColumn c : DashboardColumn.values()) {
            List<EntityLine> lines = dashboard.entities(auditor, ENDED, c, Dimension.DEPARTMENT, t.department(), 0, 50)
                    .getContent();
            assertThat(lines).extracting(EntityLine::entityId).as(c.name())
                    .containsExactlyInAnyOrderElementsOf(expectedIn(c));
            lines.forEach(l -> assertThat(l.assessmentId()).isEqualTo(assessmentOf.get(l.entityId())));
        }
    }

    @Test
    void beforeThePeriodEndsNobodyIsOverdue() {
        Row row = rowOf(dashboard.table(auditor, CURRENT, Dimension.DEPARTMENT), t.department());
        assertThat(row.get(DashboardColumn.OVERDUE)).isZero();
        assertThat(row.get(DashboardColumn.NOT_STARTED)).as("none of them opened this period").isEqualTo(7);
    }

    @Test
    void theTotalRowIsTheSumOfTheRowsInEveryTable() {
        for (Dimension by : Dimension.values()) {
            Table table = dashboard.table(auditor, ENDED, by);
            for (DashboardColumn c : DashboardColumn.values()) {
                assertThat(table.rows().stream().mapToLong(r -> r.get(c)).sum()).as(by + " " + c)
                        .isEqualTo(table.total().get(c));
            }
            assertThat(dashboard.entities(auditor, ENDED, DashboardColumn.TOTAL, null, null, 0, 1).getTotalElements())
                    .isEqualTo(table.total().get(DashboardColumn.TOTAL));
        }
    }

    @Test
    void theDashboardLinksEachNumberToItsListAndEachEntityToItsAssessment() throws Exception {
        String link = UriComponentsBuilder.fromPath("/dashboard/entities").queryParam("periodYear", ENDED)
                .queryParam("column", "RETURNED").queryParam("by", "DEPARTMENT").queryParam("value", t.department())
                .encode().build().toUriString();
        String html = mvc.perform(get("/dashboard").param("periodYear", String.valueOf(ENDED))
                        .with(user(details.loadUserByUsername("sip.revisor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(t.department())))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"" + link.replace("&", "&amp;") + "\">1</a>");
        assertThat(html.length()).as("page weight").isLessThan(100_000);

        Long returned = expected.get(DashboardColumn.RETURNED).iterator().next();
        mvc.perform(get(java.net.URI.create(link)).with(user(details.loadUserByUsername("auditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Devuelta")))
                .andExpect(content().string(containsString("href=\"/assessments/" + assessmentOf.get(returned) + "\"")))
                .andExpect(content().string(not(containsString("En seguimiento"))));
        mvc.perform(get("/dashboard").param("by", "ENTITY_TYPE").with(user(details.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Municipalidad distrital")));
    }

    @Test
    void eachListDownloadsWhole() throws Exception {
        var auditor = user(details.loadUserByUsername("auditor"));
        String list = UriComponentsBuilder.fromPath("/dashboard/entities").queryParam("periodYear", ENDED)
                .queryParam("column", "TOTAL").queryParam("by", "DEPARTMENT").queryParam("value", t.department())
                .encode().build().toUriString();
        String html = mvc.perform(get(java.net.URI.create(list)).with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String href = org.jsoup.Jsoup.parse(html).select("a#xlsx").attr("href");
        assertThat(href).startsWith("/dashboard/entities.xlsx");
        byte[] xlsx = mvc.perform(get(java.net.URI.create(href)).with(auditor)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> expectedNames = dashboard.entities((CurrentUser) details.loadUserByUsername("auditor"), ENDED,
                DashboardColumn.TOTAL, Dimension.DEPARTMENT, t.department(), 0, 10_000).getContent().stream()
                .map(NationalDashboard.EntityLine::name).toList();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            List<String> names = new java.util.ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).isNotEmpty().containsExactlyElementsOf(expectedNames);
        }
        for (String username : List.of("conductor.miraflores", "tecnico.cusco")) {
            mvc.perform(get(java.net.URI.create(href)).with(user(details.loadUserByUsername(username))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void onlySipAuditorsAndAdministratorsSeeTheDashboard() throws Exception {
        for (String username : List.of("conductor.miraflores", "alta.miraflores", "tecnico.cusco", "consultivo.cusco")) {
            var u = user(details.loadUserByUsername(username));
            mvc.perform(get("/dashboard").with(u)).andExpect(status().isForbidden());
            mvc.perform(get("/dashboard/entities").param("periodYear", "2026").param("column", "TOTAL").with(u))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/dashboard")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/dashboard/entities").param("periodYear", "2026").param("column", "TOTAL"))
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/dashboard").with(user(details.loadUserByUsername("admin")))).andExpect(status().isOk());
        mvc.perform(get("/dashboard").param("periodYear", "1990").with(user(details.loadUserByUsername("auditor"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void tamperedParametersAreRefusedAndTellNothingOfTheCode() throws Exception {
        var sip = user(details.loadUserByUsername("sip.revisor"));
        mvc.perform(get("/dashboard").param("by", "e.name; DROP TABLE x").with(sip)).andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard").param("periodYear", "dos mil").with(sip)).andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard/entities").param("periodYear", String.valueOf(ENDED)).param("column", "a.id > 0")
                .with(sip)).andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Exception"))));
        // a row value is only ever a bind parameter: one that no entity has lists nobody
        mvc.perform(get("/dashboard/entities").param("periodYear", String.valueOf(ENDED)).param("column", "TOTAL")
                        .param("by", "DEPARTMENT").param("value", "x' OR '1'='1").param("page", "-3").with(sip))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ninguna entidad en esta situación.")));
    }

    private void at(String name, AssessmentStage stage, DashboardColumn column) {
        expected.put(column, Set.of(opened(name, stage)));
    }

    /** An entity whose assessment of the ended period stands in that stage. */
    private Long opened(String name, AssessmentStage stage) {
        Long entity = t.entity(name, EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);
        Long assessment = assessments.open(t.conductor(entity), ENDED, "Contexto").getId();
        assessments.moveTo(assessment, stage);
        assessmentOf.put(entity, assessment);
        return entity;
    }

    private Set<Long> expectedIn(DashboardColumn c) {
        return switch (c) {
            case TOTAL -> expected.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet());
            case OVERDUE -> union(DashboardColumn.NOT_STARTED, DashboardColumn.PREPARATION, DashboardColumn.EVALUATION,
                    DashboardColumn.RETURNED);
            default -> expected.getOrDefault(c, Set.of());
        };
    }

    private Set<Long> union(DashboardColumn... columns) {
        Set<Long> all = new java.util.HashSet<>();
        for (DashboardColumn c : columns) {
            all.addAll(expected.get(c));
        }
        return all;
    }

    private static Row rowOf(Table table, String value) {
        return table.rows().stream().filter(r -> value.equals(r.value())).findFirst().orElseThrow();
    }
}
