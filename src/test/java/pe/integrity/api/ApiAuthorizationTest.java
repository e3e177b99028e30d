package pe.integrity.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * Every operation the API's controllers map, found from the mappings (a new operation is checked without a new line
 * here, and one whose path variable has no sample fails): anonymous callers get 401, a person of another entity 403
 * on anything of Miraflores (or an empty answer from the collections without a path, which hold only their own), and
 * auditors and SIP reviewers 403 on every write of an entity's work.
 */
@IntegrationTest
class ApiAuthorizationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired ApplicationContext ctx;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired Assessments assessments;
    @Autowired RegisterArchive archive;

    @Test
    void everyOperationRefusesAnonymousCallersOtherEntitiesAndReadersWhoWouldWrite() throws Exception {
        ApiCalls api = new ApiCalls(ctx);
        CurrentUser owner = api.person("conductor.miraflores");
        Long assessment = assessments.ofEntity(owner, owner.entityId()).get(0).getId();
        AssessmentJourney journey = AssessmentJourney.open(ctx, LocalDate.now().getYear());
        Map<String, String> samples = Map.of(
                "entityId", String.valueOf(owner.entityId()),
                "id", String.valueOf(assessment),
                "measureId", String.valueOf(assessments.measures(owner, assessment).get(0).getId()),
                "documentId", String.valueOf(archive.ofAssessment(assessment).get(0).id()),
                "taskId", journey.tasks(journey.team.conductor(), AssessmentProcess.PREPARE_SCOPE).get(0).id(),
                "code", archive.ofAssessment(assessment).get(0).verificationCode());
        Map<String, Object> bodies = Map.of(
                "/api/v1/tasks/{taskId}/complete", Map.of(),
                "/api/v1/assessments/{id}/measures/{measureId}/reports",
                Map.of("status", "IN_PROGRESS", "progress", 10, "version", 0));

        String foreign = api.token("conductor.cusco");
        Map<String, String> readers = new LinkedHashMap<>();
        readers.put("auditor", api.token("auditor"));
        readers.put("sip.revisor", api.token("sip.revisor"));
        Set<String> checked = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().equals(ApiAuthorizationTest.class.getPackageName())) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                for (var method : e.getKey().getMethodsCondition().getMethods()) {
                    String operation = method.name() + " " + pattern;
                    String url = fill(pattern, samples);
                    boolean write = method.name().equals("POST");
                    Object body = bodies.get(pattern);
                    assertThat(!write || body != null).as(operation + " needs a sample body here").isTrue();
                    if (operation.equals(ApiDocumentationTest.PUBLIC)) {
                        assertThat(api.get(null, url).getResponse().getStatus()).as(operation).isEqualTo(200);
                        checked.add(operation);
                        continue;
                    }
                    api.problem(write ? api.post(null, url, body) : api.get(null, url), 401);
                    if (pattern.contains("{")) {
                        api.problem(write ? api.post(foreign, url, body) : api.get(foreign, url), 403);
                    } else {
                        JsonNode own = api.ok(foreign, url + "?size=100");
                        own.get("items").forEach(item -> assertThat(item.toString()).as(operation)
                                .doesNotContain("\"entityId\":" + owner.entityId() + ",")
                                .doesNotContain("\"id\":" + owner.entityId() + ","));
                    }
                    if (write) {
                        for (Map.Entry<String, String> reader : readers.entrySet()) {
                            MvcResult r = api.post(reader.getValue(), url, body);
                            api.problem(r, 403);
                        }
                    }
                    checked.add(operation);
                }
            }
        }
        assertThat(checked).contains("GET /api/v1/entities", "POST /api/v1/tasks/{taskId}/complete",
                "POST /api/v1/assessments/{id}/measures/{measureId}/reports").hasSizeGreaterThanOrEqualTo(13);
        assertThat(journey.tasks(journey.team.conductor(), AssessmentProcess.PREPARE_SCOPE)).as("still open").hasSize(1);
    }

    private static String fill(String pattern, Map<String, String> samples) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String sample = samples.get(m.group(1));
            assertThat(sample).as("a sample for {" + m.group(1) + "} of " + pattern).isNotNull();
            m.appendReplacement(url, Matcher.quoteReplacement(sample));
        }
        return m.appendTail(url).toString();
    }
}
