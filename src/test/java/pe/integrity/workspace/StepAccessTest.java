package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * Every step page, for every kind of person: who may look (GET) and who may change (POST with valid data).
 * One assessment per stage; rows run in order, so the row that completes the step comes last.
 */
@IntegrationTest
class StepAccessTest {

    /** The people of the table: the entity's roles, a Técnico who owns no process, global roles, an outsider. */
    enum Who {
        CONDUCTOR, OWNER, OTHER_TECNICO, ALTA, CONSULTIVO, SIP, AUDITOR, ADMIN, OUTSIDER
    }

    static final Set<Who> READERS = EnumSet.complementOf(EnumSet.of(Who.OUTSIDER));
    static final Set<Who> PROCESS_WORKERS = EnumSet.of(Who.CONDUCTOR, Who.OWNER);
    static final Set<Who> COMMENTERS = EnumSet.of(Who.CONDUCTOR, Who.OWNER, Who.OTHER_TECNICO, Who.CONSULTIVO);

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;

    /** An assessment at a stage with everyone who may try it. */
    final class Case {
        final Walks walks = new Walks(context);
        final Walks.Crew crew = walks.crew();
        final Long id;
        final String base;
        final Map<Who, CurrentUser> people;
        final List<DynamicTest> rows = new ArrayList<>();

        Case(int year, AssessmentStage stage) {
            id = walks.at(crew, year, stage);
            base = "/assessments/" + id;
            people = Map.of(
                    Who.CONDUCTOR, crew.team().conductor(),
                    Who.OWNER, crew.team().tecnico(),
                    Who.OTHER_TECNICO, crew.otherTecnico(),
                    Who.ALTA, crew.team().alta(),
                    Who.CONSULTIVO, crew.team().consultivo(),
                    Who.SIP, walks.user("sip.revisor"),
                    Who.AUDITOR, walks.user("auditor"),
                    Who.ADMIN, walks.user("admin"),
                    Who.OUTSIDER, walks.user("conductor.miraflores"));
        }

        /** GET of a page of the assessment: 200 for those who may read, 403 for the rest. */
        Case reads(String path, Set<Who> allowed) {
            return readsUrl(base + path, allowed);
        }

        Case readsUrl(String url, Set<Who> allowed) {
            for (Who who : Who.values()) {
                int expected = allowed.contains(who) ? 200 : 403;
                rows.add(DynamicTest.dynamicTest("GET " + url + " as " + who + " -> " + expected, () -> {
                    assertThat(screen().status(people.get(who), url)).isEqualTo(expected);
                }));
            }
            return this;
        }

        /** POST with valid data: a redirect for those allowed, 403 for the rest; the allowed ones go last. */
        Case writes(String path, Set<Who> allowed, Supplier<String[]> params) {
            List<Who> order = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(allowed)));
            order.addAll(allowed);
            for (Who who : order) {
                int expected = allowed.contains(who) ? 302 : 403;
                rows.add(DynamicTest.dynamicTest("POST " + path + " as " + who + " -> " + expected, () -> {
                    MvcResult r = screen().post(people.get(who), base + path, params.get());
                    assertThat(r.getResponse().getStatus())
                            .as(r.getResponse().getStatus() == 200 ? Screen.errors(Screen.parse(r)) : "")
                            .isEqualTo(expected);
                }));
            }
            return this;
        }

        /**
         * POST completing the step: 403 for those not allowed; the first allowed person completes it (a redirect);
         * after that the same task is gone for everyone allowed (409).
         */
        Case completes(String path, Set<Who> allowed, Supplier<String[]> params) {
            List<Who> order = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(allowed)));
            order.addAll(allowed);
            Who first = allowed.iterator().next();
            order.add(first);
            boolean[] done = {false};
            for (Who who : order) {
                boolean refused = !allowed.contains(who);
                rows.add(DynamicTest.dynamicTest("complete " + path + " as " + who, () -> {
                    MvcResult r = screen().post(people.get(who), base + path, params.get());
                    int expected = refused ? 403 : done[0] ? 409 : 302;
                    assertThat(r.getResponse().getStatus()).isEqualTo(expected);
                    if (expected == 409) {
                        assertThat(Screen.parse(r).text()).contains("Esta tarea ya fue completada");
                    }
                    done[0] |= expected == 302;
                }));
            }
            return this;
        }

        /** The page offers the form posting to the path only to those who may use it. */
        Case offersForm(String path, String formAction, Set<Who> allowed) {
            for (Who who : READERS) {
                boolean expected = allowed.contains(who);
                rows.add(DynamicTest.dynamicTest("form " + formAction + " on " + path + " for " + who + ": " + expected,
                        () -> {
                            Document page = screen().page(people.get(who), base + path);
                            assertThat(page.select("form[action=" + base + formAction + "]").isEmpty())
                                    .isEqualTo(!expected);
                        }));
            }
            return this;
        }

        Stream<DynamicTest> stream() {
            return rows.stream();
        }

        String taskId(CurrentUser candidate, String key) {
            return walks.task(candidate, id, key).id();
        }

        Risk risk() {
            return assessments.risks(crew.team().conductor(), id).get(0);
        }

        Long processId() {
            return risk().getProcess().getId();
        }

        Measure measure() {
            return assessments.measures(crew.team().conductor(), id).get(0);
        }
    }

    Screen screen() {
        return new Screen(mvc);
    }

    static Set<Who> only(Who... who) {
        return EnumSet.copyOf(List.of(who));
    }

    @TestFactory
    Stream<DynamicTest> preparation() {
        Case c = new Case(2023, AssessmentStage.PREPARATION);
        String owner = c.crew.team().tecnico().username();
        String task = c.taskId(c.crew.team().conductor(), AssessmentProcess.PREPARE_SCOPE);
        return c.reads("", READERS)
                .reads("/scope", READERS)
                .offersForm("/scope", "/scope/processes", only(Who.CONDUCTOR))
                .writes("/scope/context", only(Who.CONDUCTOR), () -> new String[] {"context", "Contexto"})
                .writes("/scope/processes", only(Who.CONDUCTOR), () -> new String[] {
                    "name", "Recursos humanos", "prioritisationReason", "Nepotismo denunciado",
                    "ownerUsername", owner, "responsibleUnit", "Personal"})
                .completes("/scope/complete", only(Who.CONDUCTOR), () -> new String[] {"taskId", task})
                .stream();
    }

    @TestFactory
    Stream<DynamicTest> scopeApproval() {
        Case c = new Case(2024, AssessmentStage.SCOPE_APPROVAL);
        String task = c.taskId(c.crew.team().alta(), AssessmentProcess.APPROVE_SCOPE);
        return c.reads("/scope-approval", READERS)
                .offersForm("/scope-approval", "/scope-approval", only(Who.ALTA))
                .completes("/scope-approval", only(Who.ALTA), () -> new String[] {
                    "taskId", task, "outcome", "RETURN", "comment", "Falta un proceso"})
                .stream();
    }

    @TestFactory
    Stream<DynamicTest> identification() {
        Case c = new Case(2025, AssessmentStage.IDENTIFICATION);
        CurrentUser owner = c.crew.team().tecnico();
        Long pid = c.walks.task(owner, c.id, AssessmentProcess.IDENTIFY_RISKS).processInScopeId();
        String task = c.taskId(owner, AssessmentProcess.IDENTIFY_RISKS);
        String process = "/processes/" + pid;
        String risk = "/risks/" + c.walks.addStageAndRisk(owner, pid).getId();
        return c.reads(process, READERS)
                .offersForm(process, process + "/risks", PROCESS_WORKERS)
                .writes(process + "/stages", PROCESS_WORKERS, () -> new String[] {"name", "Pago", "responsibleUnit", "Tesorería"})
                .writes(process + "/risks", PROCESS_WORKERS, () -> new String[] {
                    "riskyBehaviour", "Pagar sin conformidad", "statement", "Posibilidad de pagar sin conformidad",
                    "category", "MISCONDUCT"})
                .reads(risk, READERS)
                .offersForm(risk, risk, PROCESS_WORKERS)
                .offersForm(risk, risk + "/comments", COMMENTERS)
                .writes(risk, PROCESS_WORKERS, () -> riskEdit(c))
                .writes(risk + "/comments", COMMENTERS, () -> new String[] {"text", "Opinión"})
                .completes(process + "/complete", PROCESS_WORKERS, () -> new String[] {"taskId", task})
                .stream();
    }

    @TestFactory
    Stream<DynamicTest> evaluation() {
        Case c = new Case(2026, AssessmentStage.EVALUATION);
        Long rid = c.risk().getId();
        ScoringScheme scheme = c.walks.scheme(c.id);
        String task = c.taskId(c.crew.team().conductor(), AssessmentProcess.EVALUATE_RISKS);
        return c.reads("/evaluation", READERS)
                .reads("/evaluation/" + rid, READERS)
                .writes("/evaluation/" + rid, PROCESS_WORKERS, () -> new String[] {
                    "probability", String.valueOf(Walks.max(scheme.probabilityLevels())),
                    "impact", String.valueOf(Walks.max(scheme.impactLevels())),
                    "controlRating", c.walks.weakest(scheme), "version", String.valueOf(c.risk().getVersion())})
                .completes("/evaluation/complete", only(Who.CONDUCTOR), () -> new String[] {"taskId", task})
                .stream();
    }

    @TestFactory
    Stream<DynamicTest> treatment() {
        Case c = new Case(2027, AssessmentStage.TREATMENT);
        Long rid = c.risk().getId();
        c.walks.addMeasure(c.crew.team().conductor(), rid);
        LocalDate end = LocalDate.now().plusMonths(4);
        String task = c.taskId(c.crew.team().conductor(), AssessmentProcess.PLAN_TREATMENT);
        return c.reads("/treatment", READERS)
                .reads("/treatment/" + rid, READERS)
                .reads("/treatment/" + rid + "/measures/new", READERS)
                .writes("/treatment/" + rid + "/measures", PROCESS_WORKERS, () -> measure(end))
                .reads("/measures/" + c.measure().getId(), READERS)
                .writes("/treatment/" + rid, PROCESS_WORKERS, () -> new String[] {
                    "response", "MITIGATE", "version", String.valueOf(c.risk().getVersion())})
                .completes("/treatment/complete", only(Who.CONDUCTOR), () -> new String[] {"taskId", task})
                .stream();
    }

    @TestFactory
    Stream<DynamicTest> internalApproval() {
        Case c = new Case(2025, AssessmentStage.INTERNAL_APPROVAL);
        String task = c.taskId(c.crew.team().alta(), AssessmentProcess.APPROVE_ASSESSMENT);
        return c.reads("/approval", READERS)
                .offersForm("/approval", "/approval", only(Who.ALTA))
                .completes("/approval", only(Who.ALTA), () -> new String[] {
                    "taskId", task, "outcome", "RETURN_TO_TREATMENT", "comment", "Falta presupuesto"})
                .stream();
    }

    @TestFactory
    Stream<DynamicTest> followUp() {
        Case c = new Case(2026, AssessmentStage.FOLLOW_UP);
        Long mid = c.measure().getId();
        return c.reads("/follow-up", READERS)
                .reads("/follow-up/cycles", READERS)
                .reads("/follow-up/" + mid, READERS)
                .writes("/follow-up/" + mid, PROCESS_WORKERS, () -> new String[] {
                    "status", "IN_PROGRESS", "progress", "40", "comment", "Avance",
                    "version", String.valueOf(c.measure().getVersion())})
                .stream();
    }

    @TestFactory
    Stream<DynamicTest> entityListAndOpening() {
        Case c = new Case(2024, AssessmentStage.PREPARATION);
        // opening is for the Conductor of one's own entity (the outsider is a Conductor elsewhere)
        return c.readsUrl("/entities/" + c.crew.entityId() + "/assessments", READERS)
                .readsUrl("/assessments/new", only(Who.CONDUCTOR, Who.OUTSIDER))
                .readsUrl("/tasks", EnumSet.allOf(Who.class))
                .stream();
    }

    private String[] riskEdit(Case c) {
        Risk r = c.risk();
        return new String[] {
            "riskyBehaviour", r.getRiskyBehaviour(), "statement", r.getStatement(), "category", r.getCategory().name(),
            "causes", "Causa revisada", "version", String.valueOf(r.getVersion())};
    }

    private static String[] measure(LocalDate end) {
        return new String[] {
            "description", "Rotación del personal", "type", "PREVENTIVE", "responsibleUnit", "Logística",
            "responsiblePerson", "Jefe", "startDate", end.minusMonths(2).toString(), "endDate", end.toString(),
            "indicator", "Rotaciones", "verificationMeans", "Memorandos"};
    }
}
