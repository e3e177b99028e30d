package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/**
 * Administrators create and edit entities and users from the screens. Bad input shows the form again with
 * localized messages at the fields and saves nothing; a stale edit is refused with the 409 page.
 */
@IntegrationTest
class AdminCrudTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationUserDetailsService userDetails;

    // ---------------------------------------------------------------- entities

    @Test
    void createsAnEntityWithItsParent() throws Exception {
        String name = unique("Municipalidad Distrital de Prueba");
        long limaId = entityId("Municipalidad Metropolitana de Lima");

        MvcResult result = mvc.perform(asAdmin(post("/admin/entities"))
                        .param("type", "DISTRICT_MUNICIPALITY")
                        .param("name", "  " + name + "  ")
                        .param("acronym", "MDP")
                        .param("department", "Lima")
                        .param("sector", "Gobierno local")
                        .param("parentId", String.valueOf(limaId))
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM public_entity WHERE name = ?", name);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/entities/" + row.get("id"));
        assertThat(row).containsEntry("type", "DISTRICT_MUNICIPALITY")
                .containsEntry("acronym", "MDP")
                .containsEntry("parent_id", limaId)
                .containsEntry("active", true);

        Document page = page(mvc.perform(asAdmin(get("/entities/" + row.get("id")))).andReturn());
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.select(".facts").text()).contains("Municipalidad Metropolitana de Lima");
    }

    @Test
    void editsAnEntityAtTheVersionItWasRead() throws Exception {
        long id = createEntity(unique("Ministerio de Pruebas"));
        Document form = page(mvc.perform(asAdmin(get("/admin/entities/" + id + "/edit"))).andReturn());
        String version = form.select("input[name=version]").val();

        mvc.perform(asAdmin(post("/admin/entities/" + id))
                        .params(toParams(entityFields(form.select("#name").val(), "Sector editado")))
                        .param("version", version))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> row = jdbc.queryForMap("SELECT sector, version FROM public_entity WHERE id = ?", id);
        assertThat(row.get("sector")).isEqualTo("Sector editado");
        assertThat(((Number) row.get("version")).longValue()).isEqualTo(Long.parseLong(version) + 1);
    }

    @Test
    void staleEntityEditGivesTheConflictPageAndKeepsTheOtherPersonsChange() throws Exception {
        long id = createEntity(unique("Ministerio Concurrente"));
        String name = jdbc.queryForObject("SELECT name FROM public_entity WHERE id = ?", String.class, id);
        long readVersion = version("public_entity", id);

        // someone else saves first
        mvc.perform(asAdmin(post("/admin/entities/" + id))
                        .params(toParams(entityFields(name, "Cambio de otra persona")))
                        .param("version", String.valueOf(readVersion)))
                .andExpect(status().is3xxRedirection());

        MvcResult stale = mvc.perform(asAdmin(post("/admin/entities/" + id))
                        .params(toParams(entityFields(name, "Mi cambio tardío")))
                        .param("version", String.valueOf(readVersion)))
                .andExpect(status().isConflict())
                .andReturn();

        assertThat(page(stale).select("h1").text()).isEqualTo("Conflicto de edición");
        assertThat(jdbc.queryForObject("SELECT sector FROM public_entity WHERE id = ?", String.class, id))
                .isEqualTo("Cambio de otra persona");
    }

    @Test
    void invalidEntityIsShownAgainWithSpanishMessagesAndNothingIsSaved() throws Exception {
        int before = count("public_entity");

        Document form = page(mvc.perform(asAdmin(post("/admin/entities"))
                        .param("type", "")
                        .param("name", "   ")
                        .param("acronym", "X".repeat(81))
                        .param("department", "Lima")
                        .param("sector", ""))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(count("public_entity")).isEqualTo(before);
        assertThat(form.select("h1").text()).isEqualTo("Nueva entidad");
        assertThat(form.select("#type-error").text()).isEqualTo("Este campo es obligatorio.");
        assertThat(form.select("#name-error").text()).isEqualTo("Este campo es obligatorio.");
        assertThat(form.select("#acronym-error").text()).isEqualTo("Debe tener entre 0 y 80 caracteres.");
        assertThat(form.select("#sector-error").text()).isEqualTo("Este campo es obligatorio.");
        assertThat(form.select("#department-error")).isEmpty();
        assertThat(form.select(".error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#type", "#name", "#acronym", "#sector");
        // what the person typed is kept
        assertThat(form.select("#department").val()).isEqualTo("Lima");
    }

    @Test
    void errorsAreInEnglishWithTheLangParameterOrTheLangCookie() throws Exception {
        int before = count("public_entity");

        Document byParameter = page(mvc.perform(asAdmin(post("/admin/entities")).param("lang", "en").param("name", ""))
                .andExpect(status().isOk())
                .andReturn());
        Document byCookie = page(mvc.perform(asAdmin(post("/admin/entities")).cookie(new Cookie("lang", "en")))
                .andExpect(status().isOk())
                .andReturn());

        for (Document form : new Document[] {byParameter, byCookie}) {
            assertThat(form.select("html").attr("lang")).isEqualTo("en");
            assertThat(form.select("h1").text()).isEqualTo("New entity");
            assertThat(form.select(".error-summary h2").text()).isEqualTo("There is a problem with the form");
            assertThat(form.select("#name-error").text()).isEqualTo("This field is required.");
        }
        assertThat(count("public_entity")).isEqualTo(before);
    }

    @Test
    void duplicateEntityNamesAreRefusedIgnoringCase() throws Exception {
        int before = count("public_entity");
        Document created = page(mvc.perform(asAdmin(post("/admin/entities"))
                        .params(toParams(entityFields(DemoUsers.MIRAFLORES.toUpperCase(), "Gobierno local"))))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(created.select("#name-error").text()).isEqualTo("Ya existe una entidad con ese nombre.");
        assertThat(count("public_entity")).isEqualTo(before);

        long id = createEntity(unique("Entidad a renombrar"));
        String originalName = jdbc.queryForObject("SELECT name FROM public_entity WHERE id = ?", String.class, id);
        Document renamed = page(mvc.perform(asAdmin(post("/admin/entities/" + id))
                        .params(toParams(entityFields(DemoUsers.CUSCO, "Gobierno local")))
                        .param("version", String.valueOf(version("public_entity", id))))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(renamed.select("#name-error").text()).isEqualTo("Ya existe una entidad con ese nombre.");
        assertThat(jdbc.queryForObject("SELECT name FROM public_entity WHERE id = ?", String.class, id))
                .isEqualTo(originalName);
    }

    @Test
    void anEntityCannotBeItsOwnParentNorHaveAnUnknownOne() throws Exception {
        long id = createEntity(unique("Entidad sin ciclo"));
        String name = jdbc.queryForObject("SELECT name FROM public_entity WHERE id = ?", String.class, id);

        Document self = page(mvc.perform(asAdmin(post("/admin/entities/" + id))
                        .params(toParams(entityFields(name, "Gobierno local")))
                        .param("parentId", String.valueOf(id))
                        .param("version", String.valueOf(version("public_entity", id))))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(self.select("#parentId-error").text())
                .isEqualTo("Una entidad no puede ser su propia entidad superior.");

        Document unknown = page(mvc.perform(asAdmin(post("/admin/entities"))
                        .params(toParams(entityFields(unique("Entidad huérfana"), "Gobierno local")))
                        .param("parentId", "987654321"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(unknown.select("#parentId-error").text()).isEqualTo("La entidad elegida no existe.");
        assertThat(jdbc.queryForObject("SELECT parent_id FROM public_entity WHERE id = ?", Long.class, id)).isNull();
    }

    @Test
    void aValueOfTheWrongTypeIsAFieldErrorNotACrash() throws Exception {
        Document form = page(mvc.perform(asAdmin(post("/admin/entities"))
                        .params(toParams(with(entityFields(unique("Entidad con tipo raro"), "X"), "type", "PLANET"))))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("#type-error").text()).isEqualTo("El valor no es válido.");
    }

    // ---------------------------------------------------------------- users

    @Test
    void createsAUserWhoCanThenSignIn() throws Exception {
        String username = uniqueUsername("nuevo.tecnico");
        int before = count("app_user");

        mvc.perform(asAdmin(post("/admin/users"))
                        .params(toParams(userFields(username, "TECNICO", entityId(DemoUsers.CUSCO))))
                        .param("password", "clave-segura-1"))
                .andExpect(status().is3xxRedirection());

        assertThat(count("app_user")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, username))
                .startsWith("{bcrypt}")
                .doesNotContain("clave-segura-1");
        mvc.perform(formLogin().user(username).password("clave-segura-1"))
                .andExpect(authenticated().withRoles("TECNICO"));
        CurrentUser loaded = userDetails.loadUserByUsername(username);
        assertThat(loaded.entityName()).isEqualTo(DemoUsers.CUSCO);
    }

    @Test
    void editsAUserKeepingThePasswordWhenLeftEmpty() throws Exception {
        String username = uniqueUsername("editable");
        long id = createUser(username);
        Document form = page(mvc.perform(asAdmin(get("/admin/users/" + id + "/edit"))).andReturn());

        mvc.perform(asAdmin(post("/admin/users/" + id))
                        .params(toParams(with(
                                userFields(username, "CONSULTIVO", entityId(DemoUsers.CUSCO)), "fullName", "Nombre Cambiado")))
                        .param("password", "")
                        .param("version", form.select("input[name=version]").val()))
                .andExpect(status().is3xxRedirection());

        CurrentUser changed = userDetails.loadUserByUsername(username);
        assertThat(changed.fullName()).isEqualTo("Nombre Cambiado");
        assertThat(changed.roles()).containsExactly(Role.CONSULTIVO);
        mvc.perform(formLogin().user(username).password("clave-inicial-1")).andExpect(authenticated());
    }

    @Test
    void staleUserEditGivesTheConflictPage() throws Exception {
        String username = uniqueUsername("concurrente");
        long id = createUser(username);
        long readVersion = version("app_user", id);
        mvc.perform(asAdmin(post("/admin/users/" + id))
                        .params(toParams(userFields(username, "CONDUCTOR", entityId(DemoUsers.CUSCO))))
                        .param("version", String.valueOf(readVersion)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(asAdmin(post("/admin/users/" + id))
                        .params(toParams(userFields(username, "ALTA_DIRECCION", entityId(DemoUsers.CUSCO))))
                        .param("version", String.valueOf(readVersion)))
                .andExpect(status().isConflict());

        assertThat(userDetails.loadUserByUsername(username).roles()).containsExactly(Role.CONDUCTOR);
    }

    static Stream<Arguments> invalidUsers() {
        return Stream.of(
                Arguments.of("no role", Map.of("roles", ""), "roles", "Elija al menos un rol."),
                Arguments.of("entity and global role", Map.of("roles", "CONDUCTOR,AUDITOR"), "roles",
                        "No combine roles de una entidad con roles globales (SIP, auditor, administrador)."),
                Arguments.of("entity role without entity", Map.of("entityId", ""), "entityId",
                        "Los roles de entidad requieren elegir una entidad."),
                Arguments.of("global role with entity", Map.of("roles", "SIP_REVIEWER"), "entityId",
                        "Los roles globales no pertenecen a una entidad: deje la entidad vacía."),
                Arguments.of("unknown entity", Map.of("entityId", "987654321"), "entityId",
                        "La entidad elegida no existe."),
                Arguments.of("short password", Map.of("password", "corta"), "password",
                        "La contraseña debe tener al menos 8 caracteres."),
                Arguments.of("taken username", Map.of("username", "Conductor.Miraflores"), "username",
                        "Ese nombre de usuario ya está en uso."),
                Arguments.of("the system's own name", Map.of("username", "Sistema"), "username",
                        "Ese nombre de usuario ya está en uso."),
                Arguments.of("username with spaces", Map.of("username", "ana maría"), "username",
                        "Use solo letras sin tildes, números, punto, guion y guion bajo."),
                Arguments.of("bad e-mail", Map.of("email", "no-es-correo"), "email", "Escriba un correo electrónico válido."),
                Arguments.of("no name", Map.of("fullName", " "), "fullName", "Este campo es obligatorio."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUsers")
    void invalidUserIsShownAgainWithTheMessageAtTheFieldAndNothingIsSaved(
            String why, Map<String, String> change, String field, String message) throws Exception {
        int before = count("app_user");
        Map<String, String> fields = new java.util.HashMap<>(userFields(
                uniqueUsername("valido"), "CONDUCTOR", entityId(DemoUsers.MIRAFLORES)));
        fields.put("password", "clave-valida-1");
        fields.putAll(change);

        Document form = page(mvc.perform(asAdmin(post("/admin/users")).params(toParams(fields)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(form.select("#" + field + "-error").text()).isEqualTo(message);
        assertThat(form.select(".error-summary a").eachAttr("href")).contains("#" + field);
        assertThat(form.select("#" + field)).as("summary link target exists").hasSize(1);
        assertThat(count("app_user")).isEqualTo(before);
    }

    @Test
    void aReShownFormNeverEchoesThePassword() throws Exception {
        String body = mvc.perform(asAdmin(post("/admin/users"))
                        .params(toParams(with(
                                userFields("eco.clave", "CONDUCTOR", entityId(DemoUsers.MIRAFLORES)), "email", "mal")))
                        .param("password", "Clave-Secreta-987"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("Escriba un correo electrónico válido.").doesNotContain("Clave-Secreta-987");
    }

    @Test
    void theEntityChooserSearchesKeepsTheTypedFieldsAndSavesNothing() throws Exception {
        String name = unique("Municipalidad Distrital Buscada");
        int entities = count("public_entity");
        Document form = page(mvc.perform(asAdmin(post("/admin/entities"))
                        .params(toParams(entityFields(name, "Sector buscado")))
                        .param("entityQuery", "Municipalidad Metropolitana")
                        .param("findEntity", "0"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("#name").val()).isEqualTo(name);
        assertThat(form.select(".entity-chooser .check label").eachText())
                .anyMatch(label -> label.startsWith("Municipalidad Metropolitana de Lima"));
        assertThat(count("public_entity")).isEqualTo(entities);
    }

    @Test
    void onlyAdministratorsSearchTheChoosersOrPageTheUsers() throws Exception {
        RequestPostProcessor sip = user(userDetails.loadUserByUsername("sip.revisor"));
        int users = count("app_user");
        for (String path : new String[] {"/admin/users", "/admin/entities", "/admin/users/1"}) {
            mvc.perform(post(path).param("findEntity", "0").param("entityQuery", "Lima").with(sip).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/users").param("page", "1").with(sip)).andExpect(status().isForbidden());
        assertThat(count("app_user")).isEqualTo(users);
    }

    // ---------------------------------------------------------------- helpers

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        RequestPostProcessor admin = user(userDetails.loadUserByUsername("admin"));
        return request.with(admin).with(csrf());
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private long createEntity(String name) throws Exception {
        mvc.perform(asAdmin(post("/admin/entities")).params(toParams(entityFields(name, "Gobierno local"))))
                .andExpect(status().is3xxRedirection());
        return entityId(name);
    }

    private long createUser(String username) throws Exception {
        mvc.perform(asAdmin(post("/admin/users"))
                        .params(toParams(userFields(username, "TECNICO", entityId(DemoUsers.CUSCO))))
                        .param("password", "clave-inicial-1"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    private static Map<String, String> entityFields(String name, String sector) {
        return Map.of(
                "type", "MINISTRY", "name", name, "acronym", "SIG", "department", "Lima", "sector", sector,
                "active", "true");
    }

    private static Map<String, String> userFields(String username, String roles, long entityId) {
        return Map.of(
                "username", username,
                "fullName", "Persona de Prueba",
                "email", "prueba@demo.integridad.pe",
                "locale", "es",
                "enabled", "true",
                "entityId", String.valueOf(entityId),
                "roles", roles);
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new java.util.HashMap<>(fields);
        changed.put(name, value);
        return changed;
    }

    /** Form parameters; a comma-separated value becomes several values (checkboxes). */
    private static org.springframework.util.MultiValueMap<String, String> toParams(Map<String, String> fields) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        fields.forEach((k, v) -> {
            if (v.isEmpty() && k.equals("roles")) {
                params.add("_roles", "on"); // what a browser sends when no box is ticked
            } else if (v.isEmpty()) {
                params.add(k, "");
            } else {
                for (String value : v.split(",")) {
                    params.add(k, value);
                }
            }
        });
        return params;
    }

    private long entityId(String name) {
        return jdbc.queryForObject("SELECT id FROM public_entity WHERE name = ?", Long.class, name);
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class, id);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    private static String uniqueUsername(String base) {
        return base + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String unique(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
