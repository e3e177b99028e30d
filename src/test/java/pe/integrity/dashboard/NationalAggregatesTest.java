package pe.integrity.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.dashboard.NationalAggregates.Aggregates;
import pe.integrity.dashboard.NationalAggregates.Bar;
import pe.integrity.dashboard.NationalAggregates.Filter;
import pe.integrity.dashboard.NationalAggregates.LevelCount;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;

/**
 * The national aggregates count what the registers hold: an entity's assessment evaluated and treated moves each
 * number by exactly its own risks (levels, heat-map cell, processes, overdue measures), for the country and for
 * its row of the dashboard; the page and its workbook show the same numbers; only global readers see them.
 */
@IntegrationTest
class NationalAggregatesTest {

    private static final Locale ES = Locale.forLanguageTag("es-PE");

    @Autowired NationalAggregates aggregates;
    @Autowired ApplicationContext ctx;
    @Autowired UserDetailsService details;
    @Autowired EntityDirectory entities;
    @Autowired ScoringSchemes schemes;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @Test
    void anAssessmentMovesEachNumberByItsOwnRisks() {
        int year = LocalDate.now().getYear();
        CurrentUser sip = (CurrentUser) details.loadUserByUsername("sip.revisor");
        AssessmentJourney journey = AssessmentJourney.open(ctx, year);
        PublicEntity entity = entities.find(journey.team.entityId()).orElseThrow();
        // a department of its own while the test runs: the top-10 lists of the country depend on every other test's
        // data, the department's only on this journey's (the team's entity is a real one of the seed: restored after)
        String alone = "Departamento de prueba " + entity.getId();
        jdbc.update("UPDATE public_entity SET department = ? WHERE id = ?", alone, entity.getId());
        try {
            movesEachNumber(sip, journey, year, alone);
        } finally {
            jdbc.update("UPDATE public_entity SET department = ? WHERE id = ?", entity.getDepartment(), entity.getId());
        }
    }

    private void movesEachNumber(CurrentUser sip, AssessmentJourney journey, int year, String alone) {
        Filter country = new Filter(year, null, null);
        Filter department = new Filter(year, Dimension.DEPARTMENT, alone);
        Aggregates beforeCountry = aggregates.of(sip, country, ES);
        Aggregates beforeDepartment = aggregates.of(sip, department, ES);

        journey.toSipReview("Contrataciones de obras", "Tesorería municipal");
        Risk risk = journey.risks().get(0);
        jdbc.update("UPDATE measure SET overdue = true WHERE id = ?", journey.measures().get(0).getId());
        Aggregates afterCountry = aggregates.of(sip, country, ES);
        Aggregates afterDepartment = aggregates.of(sip, department, ES);

        for (Aggregates[] pair : new Aggregates[][] {{beforeCountry, afterCountry}, {beforeDepartment, afterDepartment}}) {
            Aggregates before = pair[0];
            Aggregates after = pair[1];
            assertThat(after.risks() - before.risks()).isEqualTo(2);
            assertThat(level(after, risk.getInherentLevel()).inherent() - level(before, risk.getInherentLevel()).inherent())
                    .isEqualTo(2);
            assertThat(level(after, risk.getResidualLevel()).residual() - level(before, risk.getResidualLevel()).residual())
                    .isEqualTo(2);
            long cell = journey.assessment().getSchemeCode().equals(after.schemeCode()) ? 2 : 0;
            assertThat(heat(after, risk) - heat(before, risk)).isEqualTo(cell);
            assertThat(residualCell(after, risk) - residualCell(before, risk)).as("the residual map's cell").isEqualTo(cell);
            assertThat(after.residualMap().total() - before.residualMap().total()).isEqualTo(cell);
            if (before.filter().by() != null) { // the top lists: within the department only this journey counts
                assertThat(bar(after, "Tesorería municipal") - bar(before, "Tesorería municipal")).isEqualTo(1);
                assertThat(after.overdue()).singleElement().satisfies(e -> {
                    assertThat(e.entityId()).isEqualTo(journey.team.entityId());
                    assertThat(e.measures()).isEqualTo(1);
                    assertThat(e.assessmentId()).isEqualTo(journey.assessmentId);
                });
            }
        }
        Aggregates elsewhere = aggregates.of(sip, new Filter(year, Dimension.DEPARTMENT, "Ningún departamento"), ES);
        assertThat(elsewhere.risks()).isZero();
        assertThat(elsewhere.overdue()).isEmpty();
    }

    @Test
    void thePageAndItsWorkbookShowTheSameNumbersToGlobalReadersOnly() throws Exception {
        int year = LocalDate.now().getYear();
        CurrentUser auditor = (CurrentUser) details.loadUserByUsername("auditor");
        String dashboard = page(auditor, "/dashboard?periodYear=" + year).select("a#aggregates").attr("href");
        Document page = page(auditor, dashboard);
        assertThat(page.select("h1").text()).contains(String.valueOf(year));
        Aggregates agg = aggregates.of(auditor, new Filter(year, null, null), ES);
        var rows = page.select("#levels tbody tr");
        assertThat(rows).hasSize(agg.levels().size());
        for (int i = 0; i < rows.size(); i++) {
            LevelCount l = agg.levels().get(i);
            assertThat(rows.get(i).select("th").text()).isEqualTo(l.label() == null ? "Sin calificar" : l.label());
            assertThat(rows.get(i).select("td").eachText())
                    .containsExactly(String.valueOf(l.inherent()), String.valueOf(l.residual()));
        }
        assertThat(page.select("svg rect")).hasSize(agg.typologies().size() + agg.processes().size());
        var residualRows = page.select("#residual-map tbody tr");
        assertThat(residualRows).hasSize(agg.residualMap().table().rows().size());
        for (int i = 0; i < residualRows.size(); i++) {
            var row = agg.residualMap().table().rows().get(i);
            for (int c = 0; c < agg.residualMap().table().ratings().size(); c++) {
                assertThat(residualRows.get(i).select("td").get(c).text())
                        .isEqualTo(String.valueOf(agg.residualMap().count(row, c)));
            }
        }

        MvcResult xlsx = mvc.perform(get(page.select("a#xlsx").attr("href")).with(user(auditor))).andReturn();
        assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("attachment");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet levels = wb.getSheet("Riesgos por nivel");
            DataFormatter cells = new DataFormatter();
            for (int i = 0; i < agg.levels().size(); i++) {
                Row r = levels.getRow(3 + i);
                assertThat(cells.formatCellValue(r.getCell(1))).isEqualTo(String.valueOf(agg.levels().get(i).inherent()));
                assertThat(cells.formatCellValue(r.getCell(2))).isEqualTo(String.valueOf(agg.levels().get(i).residual()));
            }
            assertThat(wb.getSheet("Mapa de calor inherente")).isNotNull();
            Sheet residual = wb.getSheet("Mapa de calor residual");
            var table = agg.residualMap().table();
            for (int i = 0; i < table.rows().size(); i++) {
                for (int c = 0; c < table.ratings().size(); c++) {
                    assertThat(cells.formatCellValue(residual.getRow(3 + i).getCell(1 + c)))
                            .isEqualTo(String.valueOf(agg.residualMap().count(table.rows().get(i), c)));
                }
            }
            assertThat(wb.getSheet("Tipologías más frecuentes").getLastRowNum()).isEqualTo(2 + agg.typologies().size());
        }

        for (String entityUser : new String[] {"conductor.miraflores", "alta.cusco", "tecnico.miraflores"}) {
            CurrentUser who = (CurrentUser) details.loadUserByUsername(entityUser);
            assertThat(mvc.perform(get("/dashboard/aggregates").with(user(who))).andReturn().getResponse().getStatus())
                    .as(entityUser).isEqualTo(403);
            assertThat(mvc.perform(get("/dashboard/aggregates.xlsx").with(user(who))).andReturn().getResponse()
                    .getStatus()).as(entityUser).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/dashboard/aggregates?periodYear=1999").with(user(auditor))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    private Document page(CurrentUser who, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static LevelCount level(Aggregates a, String code) {
        return a.levels().stream().filter(l -> code.equals(l.code())).findFirst()
                .orElse(new LevelCount(code, code, null, 0, 0));
    }

    private static long heat(Aggregates a, Risk r) {
        return a.heatMap().counts().getOrDefault(r.getProbability() + "x" + r.getImpact(), 0L);
    }

    private static long residualCell(Aggregates a, Risk r) {
        var table = a.residualMap().table();
        var row = table.rows().stream().filter(x -> x.inherent().code().equals(r.getInherentLevel())).findFirst();
        int column = table.ratings().stream().map(c -> c.code()).toList().indexOf(r.getControlRating());
        return row.isEmpty() || column < 0 ? 0 : a.residualMap().count(row.get(), column);
    }

    private static long bar(Aggregates a, String process) {
        return a.processes().stream().filter(b -> b.label().equals(process)).mapToLong(Bar::count).findFirst().orElse(0);
    }
}
