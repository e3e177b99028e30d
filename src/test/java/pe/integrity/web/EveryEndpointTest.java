package pe.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static pe.integrity.web.EndpointFixture.Who.ADMIN;
import static pe.integrity.web.EndpointFixture.Who.ALTA_DIRECCION;
import static pe.integrity.web.EndpointFixture.Who.ANONYMOUS;
import static pe.integrity.web.EndpointFixture.Who.AUDITOR;
import static pe.integrity.web.EndpointFixture.Who.CONDUCTOR;
import static pe.integrity.web.EndpointFixture.Who.CONSULTIVO;
import static pe.integrity.web.EndpointFixture.Who.SIP;
import static pe.integrity.web.EndpointFixture.Who.TECNICO;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcPrint;
import org.springframework.boot.test.autoconfigure.web.servlet.SpringBootMockMvcBuilderCustomizer;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import pe.integrity.register.national.ExportJobRepository;
import pe.integrity.support.Browser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.web.EndpointFixture.Entity;
import pe.integrity.web.EndpointFixture.Who;

/**
 * Every endpoint the application maps, found from Spring's handler mappings (every {@link RequestMappingInfo} of
 * every mapping bean: our controllers, springdoc's, Actuator's), plus Camunda's REST API and webapps, which are
 * servlets of their own, is sent by every role with ids of its own entity and of another entity, and anonymously.
 * Each answer is held against {@link #ACCESS}, the explicit table of who may succeed: zero unexpected successes
 * (2xx, or a redirect anywhere but the login page), other entities and read-only roles get 403 or 404, anonymous
 * callers the login page or 401, and nobody a 5xx. Writes carry the CSRF token and an empty body; the refused writes
 * are checked to change no row of the database.
 *
 * <p>A new endpoint fails this test until it has a row in {@link #ACCESS} (and a sample in {@link #SAMPLES} for a new
 * kind of path variable): see docs/security.md, "Every endpoint, derived".
 */
@IntegrationTest
class EveryEndpointTest {

    /** Whose data a path names: the caller's own entity's (entity A), another entity's (B), or nobody's. */
    enum Scope {
        OWN,
        FOREIGN,
        NONE
    }

    /** Who may succeed on an endpoint. */
    @FunctionalInterface
    interface Access {
        boolean allows(Who who, Scope scope);
    }

    static final Set<Who> ENTITY_ROLES = EnumSet.of(CONDUCTOR, TECNICO, ALTA_DIRECCION, CONSULTIVO);
    static final Set<Who> GLOBAL_READERS = EnumSet.of(SIP, AUDITOR, ADMIN);

    static final Access PUBLIC = (who, scope) -> true;
    static final Access SIGNED_IN = (who, scope) -> who != ANONYMOUS;

    /** The given people: global roles on any entity's data, entity roles on their own entity's only. */
    static Access only(Who... people) {
        Set<Who> set = EnumSet.copyOf(List.of(people));
        return (who, scope) -> set.contains(who) && (who.global() || scope != Scope.FOREIGN);
    }

    /** An entity's data: its own people and the global readers (SIP, auditors, administrators). */
    static final Access ENTITY_READ = (who, scope) -> who.global() || who.entityRole() && scope != Scope.FOREIGN;

    /** An entity's work: only its own people holding one of the roles; global roles never. */
    static Access work(Who... roles) {
        Set<Who> set = EnumSet.copyOf(List.of(roles));
        return (who, scope) -> set.contains(who) && scope != Scope.FOREIGN;
    }

    static final Access ENTITY_WORK_ANY_ROLE = work(CONDUCTOR, TECNICO, ALTA_DIRECCION, CONSULTIVO);
    /** The Conductor, or the Técnico who owns the process (the fixture's Técnico owns every process). */
    static final Access PROCESS_WORK = work(CONDUCTOR, TECNICO);
    static final Access CONDUCTS = work(CONDUCTOR);
    /**
     * A step's "complete" confirmation asks about the task it names (see {@link #PARAMS}): for the candidates of the
     * fixture's open task (a follow-up report: the Técnicos and the Conductor); another step's task is then a 404.
     */
    static final Access TASK_CANDIDATES = work(CONDUCTOR, TECNICO);
    static final Access GLOBAL = only(SIP, AUDITOR, ADMIN);
    static final Access ADMIN_ONLY = only(ADMIN);
    static final Access SIP_ONLY = only(SIP);

    /**
     * The expected outcome of every endpoint: "METHOD pattern" → who may succeed. An endpoint missing here fails the
     * test; so does a row whose endpoint no longer exists.
     */
    static final Map<String, Access> ACCESS = new LinkedHashMap<>();

    static {
        // public: sign-in, verification of a printed register, the API's description, error pages
        row("GET /login", PUBLIC);
        row("GET /verificar", PUBLIC);
        row("POST /verificar", PUBLIC);
        row("GET /api/v1/openapi.json", PUBLIC);
                row("GET /api/v1/openapi.json/swagger-config", PUBLIC);
        row("GET /api/v1/docs/swagger-ui.html", PUBLIC);
        row("GET /api/v1/registers/{code}/verify", PUBLIC);

        // any signed-in person, about themselves
        row("GET /", SIGNED_IN);
        // search: everyone signed in, each within what they may read (SearchTest proves the scope)
        row("GET /search", SIGNED_IN);
        row("GET /tasks", SIGNED_IN);
        row("GET /my-measures", SIGNED_IN);
        row("GET /catalog", SIGNED_IN);
        row("GET /account/password", SIGNED_IN);
        row("POST /account/password", SIGNED_IN);
        row("GET /account/tokens", SIGNED_IN);
        row("POST /account/tokens", SIGNED_IN);
        // "own" is the caller's own token, "foreign" another person's
        row("POST /account/tokens/{tokenId}/revoke", (who, scope) -> who != ANONYMOUS && scope == Scope.OWN);

        // national views: SIP, auditors, administrators
        row("GET /entities", GLOBAL);
        row("GET /dashboard", GLOBAL);
        row("GET /dashboard/entities", GLOBAL);
        row("GET /dashboard/entities.xlsx", GLOBAL);
        row("GET /dashboard/aggregates", GLOBAL);
        row("GET /dashboard/aggregates.xlsx", GLOBAL);
        row("GET /national", GLOBAL);
        row("POST /national", GLOBAL);
        row("GET /national/exports", GLOBAL);
        // an export is its requester's (the fixture's is SIP's) and the administrators'
        row("GET /national/exports/{id}", only(SIP, ADMIN));
        row("GET /national/exports/{id}/file", only(SIP, ADMIN));
        // the library of measures: SIP curates, auditors read (MeasureLibraryTest proves what is shared)
        row("GET /library", only(SIP, AUDITOR));
        row("POST /library/measures/{mid}", SIP_ONLY);
        row("POST /library/registers/{aid}", SIP_ONLY);
        row("GET /campaigns", GLOBAL);
        row("GET /campaigns/{id}", GLOBAL);
        row("GET /campaigns/new", SIP_ONLY);
        row("POST /campaigns", SIP_ONLY);
        row("GET /review", SIP_ONLY);
        row("GET /review/tasks/{taskId}", SIP_ONLY);
        row("POST /review/tasks/{taskId}", SIP_ONLY);
        row("POST /review/tasks/{taskId}/assign", SIP_ONLY);

        // the platform: administrators
        row("GET /admin/entities", ADMIN_ONLY);
        row("GET /admin/entities/new", ADMIN_ONLY);
        row("POST /admin/entities", ADMIN_ONLY);
        row("GET /admin/entities/{id}", ADMIN_ONLY);
        row("GET /admin/entities/{id}/edit", ADMIN_ONLY);
        row("POST /admin/entities/{id}", ADMIN_ONLY);
        row("GET /admin/users", ADMIN_ONLY);
        row("GET /admin/users/new", ADMIN_ONLY);
        row("POST /admin/users", ADMIN_ONLY);
        row("GET /admin/users/{id}", ADMIN_ONLY);
        row("GET /admin/users/{id}/edit", ADMIN_ONLY);
        row("POST /admin/users/{id}", ADMIN_ONLY);
        row("GET /admin/schemes", ADMIN_ONLY);
        row("GET /admin/schemes/register", ADMIN_ONLY);
        row("POST /admin/schemes/register", ADMIN_ONLY);
        row("GET /admin/schemes/{code}", ADMIN_ONLY);
        row("POST /admin/schemes/{code}/activate", ADMIN_ONLY);
        row("GET /admin/outbox", ADMIN_ONLY);
        row("POST /assessments/{id}/registers/retry", ADMIN_ONLY);

        // an entity and its assessments
        row("GET /entities/{entityId}", ENTITY_READ);
        row("GET /entities/{entityId}/assessments", ENTITY_READ);
        row("GET /assessments/new", CONDUCTS);
        row("POST /assessments", CONDUCTS);
        row("GET /assessments/{id}", ENTITY_READ);
        row("POST /assessments/{id}/next-period", CONDUCTS);
        row("GET /assessments/{id}/compare", ENTITY_READ);
        row("GET /assessments/{id}/history", only(SIP, AUDITOR, CONDUCTOR, ALTA_DIRECCION));
        row("GET /assessments/{assessmentId}/submissions", ENTITY_READ);
        row("GET /assessments/{assessmentId}/observations", ENTITY_READ);
        row("POST /assessments/{assessmentId}/observations/{observationId}/resolve", CONDUCTS);

        // scope and its approval
        row("GET /assessments/{id}/scope", ENTITY_READ);
        row("POST /assessments/{id}/scope/context", CONDUCTS);
        row("POST /assessments/{id}/scope/processes", CONDUCTS);
        row("GET /assessments/{id}/scope/processes/{pid}", ENTITY_READ);
        row("POST /assessments/{id}/scope/processes/{pid}", CONDUCTS);
        row("GET /assessments/{id}/scope/processes/{pid}/remove", CONDUCTS);
        row("POST /assessments/{id}/scope/processes/{pid}/remove", CONDUCTS);
        row("GET /assessments/{id}/scope/complete", TASK_CANDIDATES);
        row("POST /assessments/{id}/scope/complete", CONDUCTS);
        row("GET /assessments/{id}/scope-approval", ENTITY_READ);
        row("POST /assessments/{id}/scope-approval", work(ALTA_DIRECCION));

        // identification
        row("GET /assessments/{id}/processes/{pid}", ENTITY_READ);
        row("POST /assessments/{id}/processes/{pid}/stages", PROCESS_WORK);
        row("GET /assessments/{id}/processes/{pid}/stages/{sid}/remove", PROCESS_WORK);
        row("POST /assessments/{id}/processes/{pid}/stages/{sid}/remove", PROCESS_WORK);
        row("POST /assessments/{id}/processes/{pid}/risks", PROCESS_WORK);
        row("GET /assessments/{id}/processes/{pid}/complete", TASK_CANDIDATES);
        row("POST /assessments/{id}/processes/{pid}/complete", PROCESS_WORK);
        row("GET /assessments/{id}/risks/{rid}", ENTITY_READ);
        row("POST /assessments/{id}/risks/{rid}", PROCESS_WORK);
        row("GET /assessments/{id}/risks/{rid}/remove", PROCESS_WORK);
        row("POST /assessments/{id}/risks/{rid}/remove", PROCESS_WORK);
        row("POST /assessments/{id}/risks/{rid}/comments", work(CONDUCTOR, TECNICO, CONSULTIVO));

        // evaluation, treatment, measures
        row("GET /assessments/{id}/evaluation", ENTITY_READ);
        row("GET /assessments/{id}/evaluation/{rid}", ENTITY_READ);
        row("POST /assessments/{id}/evaluation/{rid}", PROCESS_WORK);
        row("GET /assessments/{id}/evaluation/complete", TASK_CANDIDATES);
        row("POST /assessments/{id}/evaluation/complete", CONDUCTS);
        row("GET /assessments/{id}/treatment", ENTITY_READ);
        row("GET /assessments/{id}/treatment/{rid}", ENTITY_READ);
        row("POST /assessments/{id}/treatment/{rid}", PROCESS_WORK);
        row("GET /assessments/{id}/treatment/{rid}/measures/new", ENTITY_READ);
        row("POST /assessments/{id}/treatment/{rid}/measures", PROCESS_WORK);
        row("GET /assessments/{id}/treatment/complete", TASK_CANDIDATES);
        row("POST /assessments/{id}/treatment/complete", CONDUCTS);
        row("GET /assessments/{id}/measures/{mid}", ENTITY_READ);
        row("POST /assessments/{id}/measures/{mid}", PROCESS_WORK);
        row("GET /assessments/{id}/measures/{mid}/remove", PROCESS_WORK);
        row("POST /assessments/{id}/measures/{mid}/remove", PROCESS_WORK);

        // approval, SIP's observations and their correction
        row("GET /assessments/{id}/approval", ENTITY_READ);
        row("POST /assessments/{id}/approval", work(ALTA_DIRECCION));
        row("GET /assessments/{id}/correction", ENTITY_READ);
        row("POST /assessments/{id}/correction", CONDUCTS);

        // follow-up and closing
        row("GET /assessments/{id}/follow-up", ENTITY_READ);
        row("POST /assessments/{id}/follow-up/extraordinary", CONDUCTS);
        row("GET /assessments/{id}/follow-up/cycles", ENTITY_READ);
        row("GET /assessments/{id}/follow-up/cycles/{cycle}/report.{format}", ENTITY_READ);
        row("GET /assessments/{id}/follow-up/{mid}", ENTITY_READ);
        row("POST /assessments/{id}/follow-up/{mid}", PROCESS_WORK);
        row("POST /assessments/{id}/follow-up/{mid}/evidence", PROCESS_WORK);
        row("GET /assessments/{id}/evidence/{eid}", ENTITY_READ);
        // the follow-up report's task is the fixture's open task: its candidates are the Técnicos and the Conductor
        row("GET /assessments/{id}/follow-up/complete", TASK_CANDIDATES);
        row("POST /assessments/{id}/follow-up/complete", PROCESS_WORK);
        row("GET /assessments/{id}/closing", ENTITY_READ);
        // the closing report: 404 before the period closes (the fixture's are in follow-up), 403 for outsiders first
        row("GET /assessments/{id}/closing-report.{format}", ENTITY_READ);
        row("GET /assessments/{id}/closing/{rid}", ENTITY_READ);
        row("POST /assessments/{id}/closing/{rid}", CONDUCTS);
        row("POST /assessments/{id}/closing/{rid}/measures/{mid}", CONDUCTS);
        row("GET /assessments/{id}/closing/complete", TASK_CANDIDATES);
        row("POST /assessments/{id}/closing/complete", CONDUCTS);

        // registers (downloads) and offline workbooks
        row("GET /assessments/{id}/registers", ENTITY_READ);
        row("POST /assessments/{id}/registers", ENTITY_WORK_ANY_ROLE);
        row("GET /assessments/{id}/registers/{documentId}", ENTITY_READ);
        // the offline page is for the entity's own people; a workbook holds and changes only the rows its person works on
        row("GET /assessments/{id}/workbook", ENTITY_WORK_ANY_ROLE);
        row("GET /assessments/{id}/workbook/matriz.xlsx", PROCESS_WORK);
        row("POST /assessments/{id}/workbook/uploads", ENTITY_WORK_ANY_ROLE);
        row("GET /assessments/{id}/workbook/uploads/{uid}", PROCESS_WORK);
        row("POST /assessments/{id}/workbook/uploads/{uid}/apply", PROCESS_WORK);

        // the REST API: personal tokens only
        row("GET /api/v1/entities", SIGNED_IN);
        // springdoc's YAML variant is not on the API chain's public list (the JSON is): a token is needed
        row("GET /api/v1/openapi.json.yaml", SIGNED_IN);
        row("GET /api/v1/entities/{entityId}/assessments", ENTITY_READ);
        row("GET /api/v1/assessments/{id}", ENTITY_READ);
        row("GET /api/v1/assessments/{id}/processes", ENTITY_READ);
        row("GET /api/v1/assessments/{id}/risks", ENTITY_READ);
        row("GET /api/v1/assessments/{id}/measures", ENTITY_READ);
        row("GET /api/v1/assessments/{id}/measures/{measureId}/reports", ENTITY_READ);
        row("POST /api/v1/assessments/{id}/measures/{measureId}/reports", PROCESS_WORK);
        row("GET /api/v1/assessments/{id}/registers", ENTITY_READ);
        row("GET /api/v1/assessments/{id}/registers/{documentId}/file", ENTITY_READ);
        row("GET /api/v1/tasks", SIGNED_IN);
        // the fixture's task is a follow-up report: its candidates are the entity's Técnicos and Conductor
        row("POST /api/v1/tasks/{taskId}/complete", PROCESS_WORK);

        // Actuator (its own handler mapping): health is public, the rest for administrators
        row("GET /actuator", ADMIN_ONLY);
        row("GET /actuator/health", PUBLIC);
        row("GET /actuator/health/**", PUBLIC);
        row("GET /actuator/info", ADMIN_ONLY);
        row("GET /actuator/prometheus", ADMIN_ONLY);
        row("GET /actuator/metrics", ADMIN_ONLY);
        row("GET /actuator/metrics/{requiredMetricName}", ADMIN_ONLY);
    }

    private static void row(String endpoint, Access access) {
        if (ACCESS.put(endpoint, access) != null) {
            throw new IllegalStateException("two rows for " + endpoint);
        }
    }

    /** Endpoints the sweep leaves out, each with its reason. */
    static final Map<String, String> NOT_SWEPT = Map.of(
            "GET /test-support/unexpected-failure", "support.FailingPage: a test-only page that fails on purpose",
            "GET /error", "Boot's error page renders another request's failure; asked for directly it has none (a 500"
                    + " with the generic page); ErrorPagesTest covers what it shows");

    /** Request parameters an endpoint binds before its handler runs (without them: 400 before any check). */
    static final Map<String, String> PARAMS = new LinkedHashMap<>();

    static {
        PARAMS.put("GET /dashboard/entities", "periodYear=" + java.time.LocalDate.now().getYear() + "&column=APPROVED");
        PARAMS.put("GET /dashboard/entities.xlsx", PARAMS.get("GET /dashboard/entities"));
        PARAMS.put("POST /assessments/{id}/registers", "kind=ENTITY_XLSX");
        PARAMS.put("GET /admin/schemes/register", "prefix=PRUEBA");
        // a step's completion names its task: the fixture's open task (a follow-up report), so the task's own check
        // (its candidates) answers, not the form's validation; for the other steps it is another step's task (404)
        for (String step : List.of("scope", "processes/{pid}", "evaluation", "treatment", "closing", "follow-up")) {
            PARAMS.put("GET /assessments/{id}/" + step + "/complete", "taskId={taskId}");
            PARAMS.put("POST /assessments/{id}/" + step + "/complete", "taskId={taskId}");
        }
        PARAMS.put("POST /assessments/{id}/scope-approval", "taskId={taskId}&outcome=RETURN&comment=Falta+un+proceso");
        PARAMS.put("POST /assessments/{id}/approval", "taskId={taskId}&outcome=RETURN_TO_TREATMENT&comment=Falta");
        PARAMS.put("POST /assessments/{id}/correction", "taskId={taskId}&comment=Corregido");
    }

    EndpointFixture fixture;

    /** Where a path variable's value comes from. */
    record Sample(String prefix, String variable, boolean perEntity, BiFunction<Caller, Entity, String> value) {}

    /** Who sends a request, for samples that depend on the caller (their own API token). */
    record Caller(Who who, Scope scope) {}

    /**
     * Path variable → sample, by the start of the pattern (first match wins). Entity samples come from entity A
     * for "own" and from entity B for "foreign".
     */
    final List<Sample> SAMPLES = List.of(
            entity("/admin/entities/", "id", "entity"),
            entity("/admin/users/", "id", "user"),
            shared("/campaigns/", "id", "campaign"),
            shared("/national/exports/", "id", "export"),
            shared("/admin/schemes/", "code", "scheme"),
            shared("/review/tasks/", "taskId", "reviewTask"),
            entity("/api/v1/registers/", "code", "code"),
            entity("", "taskId", "task"),
            entity("", "entityId", "entity"),
            entity("", "id", "assessment"),
            entity("", "assessmentId", "assessment"),
            entity("", "aid", "assessment"),
            entity("", "pid", "process"),
            entity("", "sid", "activity"),
            entity("", "rid", "risk"),
            entity("", "mid", "measure"),
            entity("", "measureId", "measure"),
            entity("", "eid", "evidence"),
            entity("", "documentId", "document"),
            entity("", "observationId", "observation"),
            entity("", "uid", "upload"),
            constant("", "cycle", "1"),
            constant("", "format", "pdf"),
            constant("/actuator/metrics/", "requiredMetricName", "jvm.memory.used"),
            new Sample("/account/tokens/", "tokenId", true, (caller, e) -> String.valueOf(caller.scope() == Scope.OWN
                    ? fixture.tokenIds.get(fixture.person(caller.who() == ANONYMOUS ? CONDUCTOR : caller.who()).username())
                    : fixture.tokenIds.get(fixture.foreign.people.get(CONDUCTOR).username()))));

    private Sample entity(String prefix, String variable, String key) {
        return new Sample(prefix, variable, true, (caller, e) -> require(e.ids.get(key), key));
    }

    private Sample shared(String prefix, String variable, String key) {
        return new Sample(prefix, variable, false, (caller, e) -> require(fixture.shared.get(key), key));
    }

    private static Sample constant(String prefix, String variable, String value) {
        return new Sample(prefix, variable, false, (caller, e) -> value);
    }

    private static String require(String value, String key) {
        if (value == null) {
            throw new IllegalStateException("the fixture has no " + key);
        }
        return value;
    }

    /** Camunda's servlets and Actuator over HTTP Basic: not Spring MVC, so listed here; sent over real HTTP. */
    enum Transport {
        SESSION,
        BASIC
    }

    record Extra(String method, String path, Access access, Transport transport) {
        String name() {
            return method + " " + path;
        }
    }

    static final List<Extra> EXTRAS = List.of(
            new Extra("GET", "/camunda/app/welcome/", ADMIN_ONLY, Transport.SESSION),
            new Extra("GET", "/camunda/app/cockpit/", ADMIN_ONLY, Transport.SESSION),
            new Extra("GET", "/camunda/app/admin/", ADMIN_ONLY, Transport.SESSION),
            new Extra("GET", "/camunda/app/tasklist/", ADMIN_ONLY, Transport.SESSION),
            new Extra("GET", "/camunda/api/engine/engine/", ADMIN_ONLY, Transport.SESSION),
            new Extra("GET", "/camunda/api/admin/auth/user/default", ADMIN_ONLY, Transport.SESSION),
            new Extra("GET", "/engine-rest/engine", ADMIN_ONLY, Transport.BASIC),
            new Extra("GET", "/engine-rest/process-definition", ADMIN_ONLY, Transport.BASIC),
            new Extra("GET", "/engine-rest/task", ADMIN_ONLY, Transport.BASIC),
            new Extra("GET", "/engine-rest/history/process-instance", ADMIN_ONLY, Transport.BASIC),
            // a key that does not exist: the administrator gets 404, so the sweep starts no process
            new Extra("POST", "/engine-rest/process-definition/key/no-such-process/start", ADMIN_ONLY, Transport.BASIC),
            new Extra("GET", "/actuator/prometheus", ADMIN_ONLY, Transport.BASIC),
            new Extra("GET", "/actuator/health", PUBLIC, Transport.BASIC),
            new Extra("GET", "/css/app.css", PUBLIC, Transport.SESSION),
            new Extra("GET", "/api/v1/docs/index.html", PUBLIC, Transport.SESSION));

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?(\\w+)}|\\*\\*");

    @Autowired ApplicationContext ctx;
    /** The application's MockMvc, without the print-on-failure log of every request (a sweep makes thousands). */
    MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    /** One request of the sweep. */
    record Call(String endpoint, String method, String pattern, String url, Who who, Scope scope, Access access,
            boolean api) {
        boolean allowed() {
            return access.allows(who, scope);
        }

        boolean write() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + url + " as " + who + (scope == Scope.NONE ? "" : " (" + scope.name().toLowerCase() + ")");
        }
    }

    /** Counts for the summary and the problems found, by kind. */
    final Map<String, List<String>> problems = new TreeMap<>();
    final Map<String, Integer> statuses = new TreeMap<>();
    final Map<String, Long> cost = new TreeMap<>();
    final List<String> allowedWrites = new ArrayList<>();
    int requests;
    int allowedSuccesses;

    @Test
    void noEndpointLetsAnyoneSucceedWhereTheTableSaysNo() throws Exception {
        long start = System.nanoTime();
        mvc = quietMockMvc();
        fixture = new EndpointFixture(ctx);
        long swept = System.nanoTime();

        Map<String, RequestMappingInfo> mapped = mappedEndpoints();
        List<String> missing = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<String, RequestMappingInfo> e : mapped.entrySet()) {
            String endpoint = e.getKey();
            if (NOT_SWEPT.containsKey(endpoint)) {
                continue;
            }
            Access access = ACCESS.get(endpoint);
            if (access == null) {
                missing.add(endpoint);
                continue;
            }
            calls.addAll(callsOf(endpoint, access));
        }
        assertThat(missing).as("""
                Endpoints without a row in EveryEndpointTest.ACCESS. Add one row per endpoint saying who may succeed \
                (PUBLIC, SIGNED_IN, GLOBAL, ADMIN_ONLY, SIP_ONLY, ENTITY_READ, work(roles...), only(people...)), \
                and a sample in SAMPLES for any new path variable (docs/security.md, "Every endpoint, derived")""")
                .isEmpty();
        Set<String> stale = new TreeSet<>(ACCESS.keySet());
        stale.removeAll(mapped.keySet());
        assertThat(stale).as("rows of EveryEndpointTest.ACCESS whose endpoint no longer exists: remove them").isEmpty();

        // 1. every read; 2. every write the table refuses, with a snapshot of the database around them;
        // 3. the writes the table allows (own entity, empty forms: they may be refused, never a 5xx)
        for (Call call : calls) {
            if (!call.write()) {
                check(call, send(call));
            }
        }
        Map<String, String> before = snapshot();
        int refusedWrites = 0;
        for (Call call : calls) {
            if (call.write() && !call.allowed()) {
                check(call, send(call));
                refusedWrites++;
            }
        }
        Map<String, String> after = snapshot();
        // revoking one's own API token comes last: the API calls before it use that token
        List<Call> permitted = new ArrayList<>(calls.stream().filter(c -> c.write() && c.allowed()).toList());
        permitted.sort(java.util.Comparator.comparing(c -> c.pattern().endsWith("/revoke")));
        for (Call call : permitted) {
            check(call, send(call));
        }
        // the exports this sweep queued (the fixture's, and the national form posted by global readers) would be run
        // by the next test that runs due jobs: they are closed here, as ExportJobsTest closes its own
        ExportJobRepository exportJobs = ctx.getBean(ExportJobRepository.class);
        for (Long queued : jdbc.queryForList("SELECT id FROM export_job WHERE status = 'QUEUED' AND id >= ?", Long.class,
                Long.valueOf(fixture.shared.get("export")))) {
            exportJobs.failed(queued, "test clean-up", java.time.Instant.now());
        }
        long extrasStart = System.nanoTime();
        int extras = sweepExtras();
        long extrasSeconds = (System.nanoTime() - extrasStart) / 1_000_000_000;

        Map<String, String> changed = new TreeMap<>();
        before.forEach((table, value) -> {
            if (!value.equals(after.get(table))) {
                changed.put(table, value + " -> " + after.get(table));
            }
        });
        long seconds = (System.nanoTime() - swept) / 1_000_000_000;
        long fixtureSeconds = (swept - start) / 1_000_000_000;
        String summary = String.format("""
                Every endpoint, derived: %d Spring MVC endpoints from the handler mappings (%d not swept, each with its reason) \
                + %d Camunda/Actuator/static extras; %d requests (%d refused writes); \
                unexpected successes: %d; allowed and succeeded: %d; statuses: %s; fixture %d s, sweep %d s (of which %d s over HTTP)""",
                mapped.size() - NOT_SWEPT.size(), NOT_SWEPT.size(), EXTRAS.size(), requests, refusedWrites,
                problems.getOrDefault("unexpected success", List.of()).size(), allowedSuccesses, statuses, fixtureSeconds, seconds, extrasSeconds);
        System.out.println(summary);
        System.out.println("Allowed writes that succeeded:\n  " + String.join("\n  ", allowedWrites));
        cost.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(c -> System.out.println("cost " + c.getValue() + " ms " + c.getKey()));
        problems.forEach((kind, list) -> System.out.println(kind + " (" + list.size() + "):\n  " + String.join("\n  ", list)));

        assertThat(problems).as(summary).isEmpty();
        assertThat(changed).as("tables changed by the refused writes").isEmpty();
        assertThat(extras).isEqualTo(EXTRAS.size());
    }

    private MockMvc quietMockMvc() {
        WebApplicationContext web = (WebApplicationContext) ctx;
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(web);
        ctx.getBeansOfType(MockMvcBuilderCustomizer.class).values().stream()
                .filter(c -> !(c instanceof SpringBootMockMvcBuilderCustomizer))
                .forEach(c -> c.customize(builder));
        SpringBootMockMvcBuilderCustomizer boot = new SpringBootMockMvcBuilderCustomizer(web);
        boot.setAddFilters(true);
        boot.setPrint(MockMvcPrint.NONE);
        boot.customize(builder);
        return builder.build();
    }

    /** Every (method, pattern) of every handler mapping built on {@link RequestMappingInfo}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, RequestMappingInfo> mappedEndpoints() {
        Map<String, RequestMappingInfo> endpoints = new TreeMap<>();
        for (AbstractHandlerMethodMapping mapping : ctx.getBeansOfType(AbstractHandlerMethodMapping.class).values()) {
            Map<Object, HandlerMethod> methods = mapping.getHandlerMethods();
            for (Object key : methods.keySet()) {
                if (!(key instanceof RequestMappingInfo info)) {
                    continue;
                }
                Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
                // a mapping for every method (the error controller): swept with GET
                Set<RequestMethod> sent = verbs.isEmpty() ? EnumSet.of(RequestMethod.GET) : verbs;
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod verb : sent) {
                        endpoints.put(verb.name() + " " + pattern, info);
                    }
                }
            }
        }
        return endpoints;
    }

    private List<Call> callsOf(String endpoint, Access access) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        boolean perEntity = false;
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            perEntity |= sample(pattern, m.group(1) == null ? "**" : m.group(1)).perEntity();
        }
        List<Call> calls = new ArrayList<>();
        List<Scope> scopes = perEntity ? List.of(Scope.OWN, Scope.FOREIGN) : List.of(Scope.NONE);
        for (Who who : Who.values()) {
            for (Scope scope : scopes) {
                // anonymous callers and the global roles belong to no entity: every entity is "another" to them,
                // and one entity's ids are enough (entity B's for global roles, A's for anonymous callers)
                if (who == ANONYMOUS && scope == Scope.FOREIGN || who.global() && scope == Scope.OWN) {
                    continue;
                }
                String query = PARAMS.containsKey(endpoint) ? "?" + PARAMS.get(endpoint) : "";
                calls.add(new Call(endpoint, method, pattern, fill(pattern + query, new Caller(who, scope)), who, scope, access,
                        pattern.startsWith("/api/") && !pattern.startsWith("/api/v1/docs")));
            }
        }
        return calls;
    }

    private Sample sample(String pattern, String variable) {
        if (variable.equals("**")) {
            return constant(pattern, "**", "liveness");
        }
        return SAMPLES.stream()
                .filter(s -> pattern.startsWith(s.prefix()) && s.variable().equals(variable))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No sample for the path variable {" + variable + "} of " + pattern
                        + ": add one to EveryEndpointTest.SAMPLES (an id of entity A and B from EndpointFixture)"));
    }

    private String fill(String pattern, Caller caller) {
        Entity entity = caller.scope() == Scope.FOREIGN ? fixture.foreign : fixture.own;
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1) == null ? "**" : m.group(1);
            String value = variable.equals("**") ? "liveness" : sample(pattern, variable).value().apply(caller, entity);
            m.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        return m.appendTail(url).toString();
    }

    private MvcResult send(Call call) throws Exception {
        requests++;
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(call.method()), call.url());
        if (call.api()) {
            if (call.who() != ANONYMOUS) {
                request.header("Authorization", "Bearer " + fixture.tokens.get(fixture.person(call.who()).username()));
            }
            if (call.write()) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        } else {
            if (call.who() != ANONYMOUS) {
                request.with(user(fixture.person(call.who())));
            }
            if (call.write()) {
                request.with(csrf());
            }
        }
        long t0 = System.nanoTime();
        MvcResult result = mvc.perform(request).andReturn();
        cost.merge(call.endpoint(), (System.nanoTime() - t0) / 1_000_000, Long::sum);
        return result;
    }

    private void check(Call call, MvcResult result) {
        int status = result.getResponse().getStatus();
        record(call, status, result.getResponse().getRedirectedUrl(), call.allowed(), call.who() == ANONYMOUS);
    }

    private void record(Object call, int status, String location, boolean allowed, boolean anonymous) {
        statuses.merge(String.valueOf(status), 1, Integer::sum);
        boolean toLogin = location != null && location.replaceFirst("^https?://[^/]+", "").matches("/login(\\?.*)?");
        boolean success = status >= 200 && status < 300 || status >= 300 && status < 400 && !toLogin;
        if (status >= 500) {
            problem("server error", call + " -> " + status);
        } else if (allowed) {
            if (success) {
                allowedSuccesses++;
                if (call instanceof Call c && c.write()) {
                    allowedWrites.add(c.endpoint() + " as " + c.who() + " -> " + status);
                }
            } else if (status == 401 || status == 403 || toLogin) {
                problem("allowed by the table but refused (fix the table or the code)", call + " -> " + status
                        + (location == null ? "" : " " + location));
            }
        } else if (success) {
            problem("unexpected success", call + " -> " + status + (location == null ? "" : " " + location));
        } else if (anonymous) {
            if (!toLogin && status != 401) {
                problem("anonymous not sent to the login page nor given 401", call + " -> " + status);
            }
        } else if (status != 403 && status != 404) {
            problem("refused, but not with 403/404 (the role or entity check must come first)", call + " -> " + status);
        }
    }

    private void problem(String kind, String detail) {
        problems.computeIfAbsent(kind, k -> new ArrayList<>()).add(detail);
    }

    /** Camunda's REST API and webapps, Actuator over Basic and static files, over real HTTP. */
    private int sweepExtras() throws Exception {
        Map<Who, Browser> sessions = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            Browser browser = new Browser(port);
            sessions.put(who, who == ANONYMOUS ? browser
                    : browser.signedInAs(fixture.person(who).username(), fixture.password(who)));
        }
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        int swept = 0;
        for (Extra extra : EXTRAS) {
            for (Who who : Who.values()) {
                requests++;
                int status;
                String location;
                if (extra.transport() == Transport.SESSION && extra.method().equals("GET")) {
                    Browser.Page page = sessions.get(who).get(extra.path());
                    status = page.status();
                    location = page.header("Location").orElse(null);
                } else {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + extra.path()))
                            .method(extra.method(), extra.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString("{}"))
                            .header("Content-Type", "application/json");
                    if (who != ANONYMOUS) {
                        String credentials = fixture.person(who).username() + ":" + fixture.password(who);
                        request.header("Authorization", "Basic "
                                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
                    }
                    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    status = response.statusCode();
                    location = response.headers().firstValue("Location").orElse(null);
                }
                record(extra.name() + " as " + who, status, location, extra.access().allows(who, Scope.NONE),
                        who == ANONYMOUS);
            }
            swept++;
        }
        return swept;
    }

    /**
     * Row count (and sum of versions, where a table has them) of every table but sessions and the sign-in throttle,
     * which reads and sign-ins change by design.
     */
    private Map<String, String> snapshot() {
        Map<String, String> counts = new TreeMap<>();
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                + " current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('spring_session',"
                + " 'spring_session_attributes', 'login_throttle')", String.class);
        for (String table : tables) {
            boolean versioned = Boolean.TRUE.equals(jdbc.queryForObject("SELECT count(*) > 0 FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'version'",
                    Boolean.class, table));
            counts.put(table, jdbc.queryForObject("SELECT count(*) || '/' || " + (versioned ? "coalesce(sum(version), 0)" : "0")
                    + " FROM " + table, String.class));
        }
        return counts;
    }
}
