package pe.integrity.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.ProgressForm;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * No collection of the API runs a query per item: each one runs as many SQL statements (JPA's and the engine's,
 * counted at the JDBC level) for a page of 100 items as for a page of one, within {@value #SLACK}. Counted, never
 * timed. Its own application context (a counting DataSource), so it may add reports to the demo data freely.
 */
@IntegrationTest
@Import(ApiCostTest.CountStatements.class)
class ApiCostTest {

    /** Statements a full page may run more than a page of one (none expected). */
    static final int SLACK = 1;

    @TestConfiguration
    static class CountStatements {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && name.equals("dataSource")
                            ? ProxyDataSourceBuilder.create(ds).name("api").countQuery().build()
                            : bean;
                }
            };
        }
    }

    @Autowired ApplicationContext ctx;
    @Autowired Assessments assessments;
    @Autowired FollowUpReporting followUp;
    @Autowired ScopeEditing scope;

    @Test
    void everyCollectionRunsAsManyStatementsForAHundredItemsAsForOne() throws Exception {
        ApiCalls api = new ApiCalls(ctx);
        CurrentUser conductor = api.person("conductor.miraflores");
        Long id = assessments.ofEntity(conductor, conductor.entityId()).get(0).getId();
        Long measureId = assessments.measures(conductor, id).get(0).getId();
        for (int progress : List.of(10, 20, 30)) {
            report(conductor, measureId, progress);
        }
        AssessmentJourney journey = identifying(3);
        String miraflores = api.token(conductor);
        String base = "/api/v1/assessments/" + id;

        Map<String, String[]> calls = new LinkedHashMap<>();
        calls.put("/api/v1/entities", new String[] {api.token("auditor")});
        // an entity's assessments (one per period, no relation read) have a single item on the demo data: not here
        calls.put(base + "/processes", new String[] {miraflores});
        calls.put(base + "/risks", new String[] {miraflores});
        calls.put(base + "/measures", new String[] {miraflores});
        calls.put(base + "/registers", new String[] {miraflores});
        calls.put(base + "/measures/" + measureId + "/reports", new String[] {miraflores});
        calls.put("/api/v1/tasks", new String[] {api.token(journey.team.conductor()), api.token(journey.team.tecnico())});
        calls.put("/api/v1/tasks?assessmentId=" + journey.assessmentId, new String[] {api.token(journey.team.conductor())});

        List<String> grown = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%nstatements: page of 1, page of 100 (items)%n"));
        for (Map.Entry<String, String[]> call : calls.entrySet()) {
            for (String token : call.getValue()) {
                String url = call.getKey() + (call.getKey().contains("?") ? "&" : "?");
                statements(api, token, url + "size=1"); // caches (templates, vocabularies) are not the call's cost
                long one = statements(api, token, url + "size=1");
                int[] items = new int[1];
                long hundred = statements(api, token, url + "size=100", items);
                table.append(String.format("%5d %5d (%3d)  %s%n", one, hundred, items[0], call.getKey()));
                assertThat(items[0]).as(call.getKey() + " lists several items, or the count proves nothing").isGreaterThan(1);
                if (hundred > one + SLACK) {
                    grown.add(call.getKey() + ": " + one + " → " + hundred);
                }
            }
        }
        System.out.println(table);
        assertThat(grown).as("collections whose statements grew with the page" + table).isEmpty();
    }

    private long statements(ApiCalls api, String token, String url, int... items) throws Exception {
        QueryCountHolder.clear();
        MvcResult r = api.get(token, url);
        long counted = QueryCountHolder.getGrandTotal().getTotal();
        assertThat(r.getResponse().getStatus()).as(url + ": " + r.getResponse().getContentAsString()).isEqualTo(200);
        if (items.length > 0) {
            items[0] = ApiCalls.body(r).get("items").size();
        }
        return counted;
    }

    private void report(CurrentUser conductor, Long measureId, int progress) {
        Measure m = assessments.measures(conductor, assessments.ofEntity(conductor, conductor.entityId()).get(0).getId())
                .stream().filter(x -> x.getId().equals(measureId)).findFirst().orElseThrow();
        ProgressForm f = new ProgressForm();
        f.setStatus(MeasureStatus.IN_PROGRESS);
        f.setProgress(progress);
        f.setVersion(m.getVersion());
        followUp.report(conductor, measureId, f);
    }

    /** A fresh team's assessment with its scope approved: one identification task per process. */
    private AssessmentJourney identifying(int processes) {
        AssessmentJourney journey = AssessmentJourney.open(ctx, LocalDate.now().getYear());
        for (int i = 1; i <= processes; i++) {
            ScopeProcessForm f = new ScopeProcessForm();
            f.setName("Proceso " + i);
            f.setPrioritisationReason("Exposición a terceros");
            f.setOwnerUsername(journey.team.tecnico().username());
            f.setResponsibleUnit("Unidad " + i);
            scope.addProcess(journey.team.conductor(), journey.assessmentId, f);
        }
        journey.complete(journey.team.conductor(), AssessmentProcess.PREPARE_SCOPE, null, null);
        journey.complete(journey.team.alta(), AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE, null);
        return journey;
    }
}
