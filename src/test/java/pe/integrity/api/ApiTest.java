package pe.integrity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/**
 * The REST API with a personal token made on "Mis tokens de API": the same reads as the screens, scoped to the
 * token owner's entity; 401/403/404/400 as problem details; a revoked token stops at once. The OpenAPI description
 * is checked in {@link ApiDocumentationTest}.
 */
@IntegrationTest
class ApiTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Assessments assessments;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTokenMadeOnThePageReadsWhatItsOwnerMayReadAndStopsWhenRevoked() throws Exception {
        CurrentUser conductor = person("conductor.miraflores");
        CurrentUser other = person("conductor.cusco");
        Long own = assessments.ofEntity(conductor, conductor.entityId()).get(0).getId();
        Long foreign = assessments.ofEntity(other, other.entityId()).get(0).getId();

        String token = create(conductor, "Trámite documentario");
        assertThat(token).startsWith("irk_");
        assertThat(page(conductor).select("main table").text()).contains("Trámite documentario")
                .doesNotContain(token);

        JsonNode a = ok(token, "/api/v1/assessments/" + own);
        assertThat(a.get("entityId").asLong()).isEqualTo(conductor.entityId());
        assertThat(a.get("stage").asText()).isNotBlank();
        JsonNode risks = ok(token, "/api/v1/assessments/" + own + "/risks?size=1");
        assertThat(risks.get("items")).hasSize(1);
        assertThat(risks.get("total").asInt()).isEqualTo(assessments.risks(conductor, own).size());
        JsonNode measures = ok(token, "/api/v1/assessments/" + own + "/measures");
        assertThat(measures.get("total").asInt()).isEqualTo(assessments.measures(conductor, own).size());
        assertThat(ok(token, "/api/v1/entities/" + conductor.entityId() + "/assessments").get("items")).isNotEmpty();

        for (String url : List.of("/api/v1/assessments/" + foreign, "/api/v1/assessments/" + foreign + "/risks",
                "/api/v1/assessments/" + foreign + "/measures", "/api/v1/entities/" + other.entityId() + "/assessments")) {
            MvcResult r = call(token, url);
            assertThat(r.getResponse().getStatus()).as(url).isEqualTo(403);
            assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(body(r).get("title").asText()).isEqualTo("No tiene permiso para esta operación");
        }
        MvcResult missing = call(token, "/api/v1/assessments/999999999");
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        MvcResult tooBig = call(token, "/api/v1/assessments/" + own + "/risks?size=1000");
        assertThat(tooBig.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(tooBig).at("/errors/0/field").asText()).isEqualTo("size");
        assertThat(body(tooBig).at("/errors/0/message").asText()).contains("1 a 100");
        assertThat(call(token, "/api/v1/assessments/abc").getResponse().getStatus()).isEqualTo(400);

        MvcResult anonymous = mvc.perform(get("/api/v1/assessments/" + own)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
        assertThat(body(anonymous).get("title").asText()).isEqualTo("Falta un token de API válido");
        MvcResult english = mvc.perform(get("/api/v1/assessments/" + own).header("Accept-Language", "en")).andReturn();
        assertThat(body(english).get("title").asText()).isEqualTo("A valid API token is missing");
        assertThat(call("irk_forged", "/api/v1/assessments/" + own).getResponse().getStatus()).isEqualTo(401);

        String auditorToken = create(person("auditor"), "Auditoría");
        assertThat(ok(auditorToken, "/api/v1/assessments/" + foreign).get("id").asLong()).isEqualTo(foreign);

        // revoking from the page: the same token is refused on the next call
        String revoke = page(conductor).select("main form[action$=/revoke]").attr("action");
        MvcResult other1 = mvc.perform(post("/account/tokens/999999/revoke").with(user(other)).with(csrf())).andReturn();
        assertThat(other1.getResponse().getStatus()).as("someone else's token id").isEqualTo(404);
        assertThat(mvc.perform(post(revoke).with(user(other)).with(csrf())).andReturn().getResponse().getStatus())
                .as("another person cannot revoke it").isEqualTo(404);
        assertThat(call(token, "/api/v1/assessments/" + own).getResponse().getStatus()).isEqualTo(200);
        mvc.perform(post(revoke).with(user(conductor)).with(csrf())).andReturn();
        assertThat(call(token, "/api/v1/assessments/" + own).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        CurrentUser tecnico = person("tecnico.miraflores");
        Document refused = Jsoup.parse(mvc.perform(post("/account/tokens").with(user(tecnico)).with(csrf())
                .param("name", "  ")).andReturn().getResponse().getContentAsString());
        assertThat(refused.select(".error-summary").text()).contains("Escriba un nombre para el token");
        assertThat(refused.select("#token")).isEmpty();
    }

    private String create(CurrentUser who, String name) throws Exception {
        MvcResult r = mvc.perform(post("/account/tokens").with(user(who)).with(csrf()).param("name", name)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString()).select("#token").text();
    }

    private Document page(CurrentUser who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/account/tokens").with(user(who))).andReturn().getResponse()
                .getContentAsString());
    }

    private MvcResult call(String token, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", "Bearer " + token)).andReturn();
    }

    private JsonNode ok(String token, String url) throws Exception {
        MvcResult r = call(token, url);
        assertThat(r.getResponse().getStatus()).as(url + ": " + r.getResponse().getContentAsString()).isEqualTo(200);
        return body(r);
    }

    private JsonNode body(MvcResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsByteArray());
    }

    private CurrentUser person(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }
}
