package pe.integrity.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import pe.integrity.organisation.ApiTokens;
import pe.integrity.organisation.CurrentUser;

/** Calls to the REST API with a person's own API token, made through the real token service. */
final class ApiCalls {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final MockMvc mvc;
    private final ApiTokens tokens;
    private final UserDetailsService users;

    ApiCalls(ApplicationContext ctx) {
        this.mvc = ctx.getBean(MockMvc.class);
        this.tokens = ctx.getBean(ApiTokens.class);
        this.users = ctx.getBean(UserDetailsService.class);
    }

    CurrentUser person(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    String token(CurrentUser who) {
        return tokens.create(who, "Prueba " + who.username());
    }

    String token(String username) {
        return token(person(username));
    }

    MvcResult get(String token, String url) throws Exception {
        var request = MockMvcRequestBuilders.get(url);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult post(String token, String url, Object body) throws Exception {
        var request = MockMvcRequestBuilders.post(url).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : JSON.writeValueAsString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn();
    }

    /** A POST without any body or content type, as a client completing a plain step may send it. */
    MvcResult postNothing(String token, String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).header("Authorization", "Bearer " + token)).andReturn();
    }

    /** A POST of text in another format than JSON. */
    MvcResult postText(String token, String url, String text) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).header("Authorization", "Bearer " + token)
                .contentType(MediaType.TEXT_PLAIN).content(text)).andReturn();
    }

    /** The JSON of a 200 answer (the test fails with the body otherwise). */
    JsonNode ok(String token, String url) throws Exception {
        MvcResult r = get(token, url);
        assertThat(r.getResponse().getStatus()).as(url + ": " + r.getResponse().getContentAsString()).isEqualTo(200);
        return body(r);
    }

    /** A refusal: its status, as a problem detail with a title. */
    JsonNode problem(MvcResult r, int status) throws Exception {
        assertThat(r.getResponse().getStatus()).as(r.getRequest().getRequestURI() + ": "
                + r.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode p = body(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        return p;
    }

    static JsonNode body(MvcResult r) throws Exception {
        return JSON.readTree(r.getResponse().getContentAsByteArray());
    }

    /** The refused fields of a 400, in order. */
    static java.util.List<String> fields(JsonNode problem) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
