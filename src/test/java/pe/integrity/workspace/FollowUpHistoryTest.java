package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpProgress;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.ProgressReport;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * Follow-up as the guide's stage 4 asks: every report on a measure is kept, cycle by cycle, and a report whose
 * status and progress disagree is refused with a message and changes nothing.
 */
@IntegrationTest
class FollowUpHistoryTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired FollowUpReporting reporting;
    @Autowired TreatmentPlanning treatment;
    @Autowired JdbcTemplate jdbc;

    @Test
    void twoCyclesOfReportsKeepTheirHistoryAndAMismatchIsRefusedWithNothingSaved() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.FOLLOW_UP);
        Measure measure = assessments.measures(conductor, id).get(0);
        String url = "/assessments/" + id + "/follow-up/" + measure.getId();
        Screen screen = new Screen(mvc);
        assertThat(screen.page(conductor, "/assessments/" + id + "/follow-up").select("main p.hint").text())
                .contains("Ciclo de seguimiento n.º 1");

        assertThat(screen.page(conductor, "/assessments/" + id).select("main p.card").text())
                .as("the overview says follow-up runs and when the next report is asked for")
                .contains("ciclo n.º 1", "Los reportes de avance se piden cada 6 meses", "El próximo reporte de avance se pide el");
        walks.fireNextReportTimer(id);
        assertThat(screen.page(conductor, "/assessments/" + id).select("main p.card").text())
                .contains("Se está pidiendo el reporte de avance", "Plazo para completarlo:");
        assertThat(report(screen, tecnico, url, "IN_PROGRESS", "40", "Primer avance")).isEqualTo(302);
        assertThat(report(screen, tecnico, url, "IN_PROGRESS", "60", "Comité instalado")).isEqualTo(302);

        // "Implementada" at 40 %, "No iniciada" at 80 %, "En curso" at 100 %: each refused, nothing saved
        for (String[] wrong : new String[][] {{"IMPLEMENTED", "40"}, {"NOT_STARTED", "80"}, {"IN_PROGRESS", "100"}}) {
            Document refused = Screen.parse(screen.send(tecnico, form(screen, tecnico, url), "status", wrong[0],
                    "progress", wrong[1], "comment", "No debe quedar"));
            assertThat(refused.select(".error-summary, [role=alert]").text()).as(wrong[0] + " " + wrong[1])
                    .contains("% de avance");
        }
        Measure unchanged = assessments.measures(conductor, id).get(0);
        assertThat(unchanged.getStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(unchanged.getProgress()).isEqualTo(60);
        assertThat(reportsInDatabase(measure.getId())).isEqualTo(2);

        walks.complete(conductor, id, AssessmentProcess.REPORT_PROGRESS, null, null);
        assertThat(reporting.openCycle(id)).isEqualTo(2);

        walks.fireNextReportTimer(id);
        assertThat(report(screen, conductor, url, "IMPLEMENTED", "100", "Actas publicadas")).isEqualTo(302);

        List<ProgressReport> history = reporting.history(List.of(measure.getId()));
        assertThat(history).extracting(ProgressReport::getCycle).containsExactly(1, 1, 2);
        assertThat(history).extracting(ProgressReport::getProgress).containsExactly(40, 60, 100);
        assertThat(history).extracting(ProgressReport::getComment)
                .containsExactly("Primer avance", "Comité instalado", "Actas publicadas");
        assertThat(history).extracting(ProgressReport::getReportedBy)
                .containsExactly(tecnico.username(), tecnico.username(), conductor.username());
        assertThat(reportsInDatabase(measure.getId())).isEqualTo(3);

        Document page = screen.page(conductor, url);
        List<String> rows = page.select("main table tbody tr").eachText();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("1", "En curso", "40 %", "Primer avance");
        assertThat(rows.get(2)).contains("2", "Implementada", "100 %", "Actas publicadas");

        // Alta Dirección looks back at the cycles from the overview: the submitted one with who and when, the open one
        CurrentUser alta = crew.team().alta();
        String cyclesUrl = screen.page(alta, "/assessments/" + id).select("main p.card a").stream()
                .filter(a -> a.text().equals("Ver los reportes por ciclo")).findFirst().orElseThrow().attr("href");
        Document cycles = screen.page(alta, cyclesUrl);
        assertThat(cycles.select("main h2").eachText()).containsExactly("Ciclo 1", "Ciclo 2");
        assertThat(cycles.select("#ciclo-1 + p").text()).startsWith("Ciclo n.º 1: reporte remitido el")
                .endsWith("por " + conductor.fullName() + ".");
        assertThat(cycles.select("#ciclo-2 + p").text()).contains("en curso");
        List<Element> tables = cycles.select("main table");
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).select("tbody tr").eachText()).hasSize(2)
                .allSatisfy(row -> assertThat(row).contains(measure.getCode(), tecnico.fullName()));
        assertThat(tables.get(1).select("tbody tr").eachText()).singleElement().asString()
                .contains("Implementada", "100 %", "Actas publicadas");
        assertThat(cycles.select("main form")).as("read-only: nothing to submit on this page").isEmpty();

        CurrentUser stranger = walks.crew().team().conductor();
        assertThat(screen.status(stranger, cyclesUrl)).as("another entity's Conductor").isEqualTo(403);
    }

    @Test
    void aMeasureDatedFarOutsideTheAssessmentsYearIsRefusedAndNotSaved() {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk risk = assessments.risks(conductor, id).get(0);
        int before = assessments.measures(conductor, id).size();

        assertThatThrownBy(() -> treatment.addMeasure(conductor, risk.getId(), Walks.measure(LocalDate.of(1, 1, 31))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("startDate");
                    assertThat(e.code()).isEqualTo("measure.datesOutOfPeriod");
                });
        assertThat(assessments.measures(conductor, id)).hasSize(before);
    }

    @Test
    void progressAtAGlanceAgreesWithTheDatabase() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        Long processId = walks.open(crew.team().tecnico(), id, AssessmentProcess.IDENTIFY_RISKS).get(0)
                .processInScopeId();
        context.getBean(pe.integrity.assessment.RiskIdentification.class)
                .add(crew.team().tecnico(), processId, Walks.risk("Favorecer a un postor"));
        walks.advance(crew, id, AssessmentStage.TREATMENT);
        List<Risk> risks = assessments.risks(conductor, id);
        walks.addMeasure(conductor, risks.get(0).getId());
        walks.advance(crew, id, AssessmentStage.FOLLOW_UP);
        walks.fireNextReportTimer(id);
        Screen screen = new Screen(mvc);
        List<Measure> measures = assessments.measures(conductor, id);
        assertThat(measures).hasSize(3);
        String base = "/assessments/" + id + "/follow-up/";
        assertThat(report(screen, conductor, base + measures.get(0).getId(), "IMPLEMENTED", "100", "Hecho"))
                .isEqualTo(302);
        assertThat(report(screen, conductor, base + measures.get(1).getId(), "IN_PROGRESS", "50", "A medias"))
                .isEqualTo(302);

        FollowUpProgress p = reporting.progress(conductor, id);
        String ofAssessment = " from measure m join risk r on r.id = m.risk_id where r.assessment_id = ? and not r.removed";
        assertThat(p.overall().measures()).isEqualTo(count("select count(*)" + ofAssessment, id));
        assertThat(p.overall().implemented())
                .isEqualTo(count("select count(*)" + ofAssessment + " and m.status = 'IMPLEMENTED'", id));
        assertThat(p.overall().weightedProgress()).as("each risk weighs the same")
                .isEqualTo(count("select round(avg(p)) from (select avg(m.progress) p" + ofAssessment
                        + " group by r.id) per_risk", id))
                .isEqualTo(38);
        assertThat(p.overall().implementedPercent()).isEqualTo(33);
        assertThat(p.byStatus().get(MeasureStatus.NOT_STARTED))
                .isEqualTo(count("select count(*)" + ofAssessment + " and m.status = 'NOT_STARTED'", id));
        assertThat(p.byRisk()).hasSize(2);
        assertThat(p.cycles()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(1);
            assertThat(c.open()).isTrue();
            assertThat(c.averageProgress()).isEqualTo(50);
        });

        Document page = screen.page(conductor, "/assessments/" + id + "/follow-up");
        assertThat(page.select("#at-a-glance + dl").text()).contains("1 (33 %)", "38 %");
        assertThat(page.select(".cycle-chart svg rect")).hasSize(1);
        assertThat(page.select(".cycle-chart table tbody tr").text()).contains("50 %", "33 %");
    }

    private int count(String sql, Long id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }

    private int report(Screen screen, CurrentUser who, String url, String status, String progress, String comment)
            throws Exception {
        return screen.send(who, form(screen, who, url), "status", status, "progress", progress, "comment", comment)
                .getResponse().getStatus();
    }

    private static Element form(Screen screen, CurrentUser who, String url) throws Exception {
        return screen.page(who, url).selectFirst("form[action=" + url + "]");
    }

    private int reportsInDatabase(Long measureId) {
        return jdbc.queryForObject("select count(*) from progress_report where measure_id = ?", Integer.class,
                measureId);
    }
}
