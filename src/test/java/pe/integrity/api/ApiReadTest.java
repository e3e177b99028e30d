package pe.integrity.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.StepStatus;
import pe.integrity.workflow.WorkflowSteps;

/**
 * The API's reads on the demo data (Miraflores approved and in follow-up with its approved register, Cusco in
 * evaluation): what each caller may read, the filters, paging in the database where lists grow, register downloads
 * and the public verification; another entity's people get 403, anonymous callers 401.
 */
@IntegrationTest
class ApiReadTest {

    @Autowired ApplicationContext ctx;
    @Autowired Assessments assessments;
    @Autowired EntityDirectory entities;
    @Autowired RegisterArchive archive;
    @Autowired WorkflowSteps steps;
    @Autowired MockMvc mvc;

    ApiCalls api;

    private ApiCalls api() {
        if (api == null) {
            api = new ApiCalls(ctx);
        }
        return api;
    }

    @Test
    void globalReadersSearchEveryEntityPagedInTheDatabaseAndAnEntitysPeopleSeeOnlyTheirOwn() throws Exception {
        String auditor = api().token("auditor");
        long all = entities.search("", null, 0, 1).getTotalElements();
        JsonNode first = api().ok(auditor, "/api/v1/entities?size=5");
        assertThat(first.get("total").asLong()).isEqualTo(all);
        JsonNode second = api().ok(auditor, "/api/v1/entities?size=5&page=1");
        assertThat(ids(second)).hasSize(5).isEqualTo(entities.search("", null, 1, 5).getContent().stream()
                .map(PublicEntity::getId).toList())
                .doesNotContainAnyElementsOf(ids(first));

        JsonNode miraflores = api().ok(auditor, "/api/v1/entities?q=miraflores");
        assertThat(miraflores.get("items")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("name").asText() + e.get("acronym").asText()).containsIgnoringCase("miraflores"));
        JsonNode regional = api().ok(api().token("sip.revisor"), "/api/v1/entities?type=REGIONAL_GOVERNMENT&size=100");
        assertThat(regional.get("total").asLong())
                .isEqualTo(entities.search("", EntityType.REGIONAL_GOVERNMENT, 0, 1).getTotalElements());
        assertThat(regional.get("items")).allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("REGIONAL_GOVERNMENT"));

        CurrentUser conductor = api().person("conductor.miraflores");
        String own = api().token(conductor);
        JsonNode mine = api().ok(own, "/api/v1/entities?size=100");
        assertThat(ids(mine)).containsExactly(conductor.entityId());
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(api().ok(own, "/api/v1/entities?q=Cusco").get("total").asLong()).isZero();

        assertThat(ApiCalls.fields(api().problem(api().get(auditor, "/api/v1/entities?type=PLANET"), 400))).containsExactly("type");
        assertThat(ApiCalls.fields(api().problem(api().get(auditor, "/api/v1/entities?size=0"), 400))).containsExactly("size");
        assertThat(ApiCalls.fields(api().problem(api().get(auditor, "/api/v1/entities?q=" + "x".repeat(201)), 400)))
                .containsExactly("q");
        api().problem(api().get(null, "/api/v1/entities"), 401);
    }

    @Test
    void anAssessmentShowsItsStageAndTheStateOfEachStepToThoseWhoMayReadIt() throws Exception {
        CurrentUser conductor = api().person("conductor.miraflores");
        Long id = assessments.ofEntity(conductor, conductor.entityId()).get(0).getId();
        JsonNode a = api().ok(api().token(conductor), "/api/v1/assessments/" + id);
        assertThat(a.get("stage").asText()).isEqualTo(assessments.get(conductor, id).getStage().name());
        List<StepStatus> expected = steps.steps(conductor, id);
        assertThat(a.get("steps")).hasSize(AssessmentProcess.STEPS.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode step = a.get("steps").get(i);
            assertThat(step.get("key").asText()).isEqualTo(expected.get(i).key());
            assertThat(step.get("state").asText()).as(expected.get(i).key()).isEqualTo(expected.get(i).state().name());
            assertThat(step.get("openTasks")).hasSize(expected.get(i).open().size());
        }
        assertThat(a.at("/steps/0/key").asText()).isEqualTo(AssessmentProcess.PREPARE_SCOPE);
        assertThat(a.at("/steps/0/state").asText()).isEqualTo("DONE");
        assertThat(a.at("/steps/0/completedAt").isNull()).isFalse();

        JsonNode english = ApiCalls.body(mvc.perform(MockMvcRequestBuilders.get("/api/v1/assessments/" + id)
                .header("Authorization", "Bearer " + api().token("conductor.cusco"))
                .header("Accept-Language", "en")).andReturn());
        assertThat(english.get("status").asInt()).isEqualTo(403);
        assertThat(english.get("title").asText()).isEqualTo("You may not do this");
    }

    @Test
    void processesRisksAndMeasuresAreFilteredAndPagedWithTheScreensChecks() throws Exception {
        CurrentUser conductor = api().person("conductor.miraflores");
        String token = api().token(conductor);
        Long id = assessments.ofEntity(conductor, conductor.entityId()).get(0).getId();
        List<ProcessInScope> processes = assessments.processes(conductor, id);
        JsonNode listed = api().ok(token, "/api/v1/assessments/" + id + "/processes?size=100");
        assertThat(ids(listed)).isEqualTo(processes.stream().map(ProcessInScope::getId).toList());
        String owner = processes.get(0).getOwnerUsername();
        assertThat(api().ok(token, "/api/v1/assessments/" + id + "/processes?owner=" + owner).get("items"))
                .isNotEmpty().allSatisfy(p -> assertThat(p.get("ownerUsername").asText()).isEqualTo(owner));
        assertThat(api().ok(token, "/api/v1/assessments/" + id + "/processes?owner=nadie").get("total").asInt()).isZero();

        Long processId = processes.get(0).getId();
        JsonNode risks = api().ok(token, "/api/v1/assessments/" + id + "/risks?size=100&processId=" + processId);
        assertThat(risks.get("total").asInt()).isEqualTo((int) assessments.risks(conductor, id).stream()
                .filter(r -> r.getProcess().getId().equals(processId)).count());
        assertThat(risks.get("items")).allSatisfy(r -> assertThat(r.get("processId").asLong()).isEqualTo(processId));

        List<Measure> measures = assessments.measures(conductor, id);
        MeasureStatus status = measures.get(0).getStatus();
        JsonNode byStatus = api().ok(token, "/api/v1/assessments/" + id + "/measures?size=100&status=" + status);
        assertThat(byStatus.get("total").asInt()).isEqualTo((int) measures.stream().filter(m -> m.getStatus() == status).count());
        assertThat(byStatus.get("items")).allSatisfy(m -> assertThat(m.get("status").asText()).isEqualTo(status.name()));
        assertThat(ApiCalls.fields(api().problem(api().get(token, "/api/v1/assessments/" + id + "/measures?status=DONE"), 400)))
                .containsExactly("status");

        String foreign = api().token("conductor.cusco");
        for (String part : List.of("/processes", "/risks", "/measures", "/registers",
                "/measures/" + measures.get(0).getId() + "/reports")) {
            api().problem(api().get(foreign, "/api/v1/assessments/" + id + part), 403);
            api().problem(api().get(null, "/api/v1/assessments/" + id + part), 401);
        }
        api().problem(api().get(token, "/api/v1/assessments/999999999/processes"), 404);
        assertThat(api().ok(api().token("auditor"), "/api/v1/assessments/" + id + "/processes").get("total").asInt())
                .isEqualTo(processes.size());
    }

    @Test
    void registerDocumentsAreListedNewestFirstAndDownloadedWithTheirDigest() throws Exception {
        CurrentUser conductor = api().person("conductor.miraflores");
        String token = api().token(conductor);
        Long id = assessments.ofEntity(conductor, conductor.entityId()).get(0).getId();
        List<StoredRegister> stored = archive.ofAssessment(id);
        assertThat(stored).as("the demo's approved register").isNotEmpty();

        JsonNode listed = api().ok(token, "/api/v1/assessments/" + id + "/registers?size=100");
        assertThat(listed.get("total").asInt()).isEqualTo(stored.size());
        assertThat(ids(listed)).isEqualTo(stored.stream().map(StoredRegister::id).toList());
        StoredRegister doc = stored.get(0);
        JsonNode ofKind = api().ok(token, "/api/v1/assessments/" + id + "/registers?kind=" + doc.kind());
        assertThat(ofKind.get("items")).isNotEmpty().allSatisfy(d -> assertThat(d.get("kind").asText()).isEqualTo(doc.kind().name()));

        String url = "/api/v1/assessments/" + id + "/registers/" + doc.id() + "/file";
        for (String reader : List.of(token, api().token("auditor"))) {
            MvcResult file = api().get(reader, url);
            assertThat(file.getResponse().getStatus()).isEqualTo(200);
            assertThat(file.getResponse().getContentType()).isEqualTo(doc.contentType());
            assertThat(file.getResponse().getHeader("Content-Disposition")).contains("attachment");
            try (InputStream in = new java.io.ByteArrayInputStream(file.getResponse().getContentAsByteArray())) {
                assertThat(RegisterArchive.sha256(in)).isEqualTo(doc.sha256());
            }
        }
        api().problem(api().get(api().token("conductor.cusco"), url), 403);
        api().problem(api().get(null, url), 401);
        CurrentUser cusco = api().person("conductor.cusco");
        Long other = assessments.ofEntity(cusco, cusco.entityId()).get(0).getId();
        // a document reached through another assessment than its own is not found, even for a global reader
        api().problem(api().get(api().token("auditor"), "/api/v1/assessments/" + other + "/registers/" + doc.id() + "/file"), 404);
    }

    @Test
    void anyoneVerifiesADocumentByItsCodeOrDigestAndLearnsOnlyWhatVerificarTells() throws Exception {
        CurrentUser conductor = api().person("conductor.miraflores");
        Long id = assessments.ofEntity(conductor, conductor.entityId()).get(0).getId();
        StoredRegister doc = archive.ofAssessment(id).stream().filter(d -> !d.draft()).findFirst().orElseThrow();
        String entity = entities.find(conductor.entityId()).orElseThrow().getName();

        JsonNode byCode = api().ok(null, "/api/v1/registers/" + doc.displayCode() + "/verify");
        assertThat(byCode.get("condition").asText()).isEqualTo(doc.kind().followUp() ? "FOLLOW_UP" : "APPROVED");
        assertThat(byCode.get("entityName").asText()).isEqualTo(entity);
        assertThat(byCode.get("sha256").asText()).isEqualTo(doc.sha256());
        assertThat(byCode.has("filename") || byCode.has("generatedBy")).as("no file name or username").isFalse();
        assertThat(api().ok(null, "/api/v1/registers/" + doc.sha256().toUpperCase() + "/verify").get("verificationCode")
                .asText()).isEqualTo(doc.displayCode());

        api().problem(api().get(null, "/api/v1/registers/AAAA-BBBB-CCCC-DDDD/verify"), 404);
        assertThat(ApiCalls.fields(api().problem(api().get(null, "/api/v1/registers/" + "A".repeat(201) + "/verify"), 400)))
                .containsExactly("code");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
