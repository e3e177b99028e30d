package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.CatalogProcess;
import pe.integrity.catalog.HeatMap;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.catalog.Typology;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Team;
import pe.integrity.workflow.AssessmentProcess;

/**
 * One assessment from opening to the SIP review, done only by POSTing the screens' forms as the entity's
 * people would, reading task ids and record ids from the pages they get back.
 */
@IntegrationTest
class ScreensWalkThroughTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired Catalog catalog;
    @Autowired ScoringSchemes schemes;

    @Test
    void theScreensDriveTheAssessmentFromOpeningToTheSipReview() throws Exception {
        Screen screen = new Screen(mvc);
        Walks walks = new Walks(context);
        Team team = walks.crew().team();
        CurrentUser conductor = team.conductor();
        CurrentUser tecnico = team.tecnico();
        CurrentUser alta = team.alta();

        // Preparation: open, context, two processes (one from the catalogue, named by it), complete
        String overview = screen.submit(conductor, "/assessments", "periodYear", "2025", "context", "");
        Long id = Screen.lastId(overview);
        assertThat(screen.page(conductor, "/tasks").text()).contains("Preparar contexto y alcance");
        String scope = "/assessments/" + id + "/scope";
        screen.submit(conductor, scope + "/context", "context", "Municipalidad con alta demanda de licencias");
        CatalogProcess fromCatalog = catalog.processes().get(0);
        screen.submit(conductor, scope + "/processes", "catalogProcessCode", fromCatalog.code(), "name", "",
                "prioritisationReason", "Presupuesto alto", "ownerUsername", tecnico.username(),
                "responsibleUnit", "Logística");
        screen.submit(conductor, scope + "/processes", "catalogProcessCode", "", "name", "Licencias de edificación",
                "prioritisationReason", "Quejas ciudadanas", "ownerUsername", tecnico.username(),
                "responsibleUnit", "Desarrollo urbano");
        assertThat(assessments.processes(conductor, id)).extracting(ProcessInScope::getName)
                .containsExactly(fromCatalog.nameEs(), "Licencias de edificación");
        String next = screen.submit(conductor, scope + "/complete",
                "taskId", Screen.taskId(screen.page(conductor, scope), "/scope/complete"));
        assertThat(next).isEqualTo("/assessments/" + id);

        // Scope approval by Alta Dirección, from its inbox
        Document altaInbox = screen.page(alta, "/tasks");
        assertThat(altaInbox.select("a[href=/assessments/" + id + "/scope-approval]")).hasSize(1);
        String approval = "/assessments/" + id + "/scope-approval";
        screen.submit(alta, approval, "taskId", Screen.taskId(screen.page(alta, approval), "/scope-approval"),
                "outcome", "APPROVE", "comment", "");

        // Identification: the Técnico finds one task per process in the inbox, adds a stage and a risk to each
        List<String> processPages = screen.page(tecnico, "/tasks").select("a[href*=/processes/]").eachAttr("href");
        assertThat(processPages).hasSize(2);
        Typology typology = catalog.typologies().stream()
                .filter(t -> t.category() == PracticeCategory.CORRUPTION_ACT)
                .findFirst()
                .orElseThrow();
        for (String page : processPages) {
            screen.submit(tecnico, page + "/stages", "name", "Evaluación de expedientes", "responsibleUnit", "Logística");
            Document process = screen.page(tecnico, page);
            String stageId = process.select("select[name=stageId] option[value~=\\d+]").first().val();
            screen.submit(tecnico, page + "/risks", "stageId", stageId, "context", "Alta demanda",
                    "riskyBehaviour", "Favorecer a un solicitante", "statement",
                    "Posibilidad de que un evaluador favorezca a un solicitante a cambio de un pago",
                    "category", "CORRUPTION_ACT", "typologyCode", typology.code(), "causes", "Discrecionalidad",
                    "consequences", "Pérdida de confianza", "actors", "Evaluador; solicitante",
                    "existingControls", "Revisión por el jefe");
            screen.submit(tecnico, page + "/complete", "taskId", Screen.taskId(screen.page(tecnico, page), "/complete"));
        }
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.EVALUATION);

        // Evaluation: one severe and one mild rating, from the scheme's own values
        ScoringScheme scheme = walks.scheme(id);
        String evaluation = "/assessments/" + id + "/evaluation";
        List<Risk> risks = assessments.risks(conductor, id);
        assertThat(risks).hasSize(2);
        rate(screen, conductor, evaluation, risks.get(0).getId(), Walks.max(scheme.probabilityLevels()),
                Walks.max(scheme.impactLevels()), walks.weakest(scheme));
        rate(screen, conductor, evaluation, risks.get(1).getId(), Walks.min(scheme.probabilityLevels()),
                Walks.min(scheme.impactLevels()), walks.strongest(scheme));
        Document rated = screen.page(conductor, evaluation);
        assertThat(inherentCounts(rated)).isEqualTo(expectedCounts(scheme, assessments.risks(conductor, id)));
        screen.submit(conductor, evaluation + "/complete", "taskId", Screen.taskId(rated, "/evaluation/complete"));

        // Treatment: a measure where required, an accepted risk otherwise
        String treatment = "/assessments/" + id + "/treatment";
        for (Risk r : assessments.risks(conductor, id)) {
            String riskPage = treatment + "/" + r.getId();
            if (Boolean.TRUE.equals(r.getTreatmentRequired())) {
                LocalDate end = LocalDate.now().plusMonths(6);
                screen.submit(conductor, riskPage + "/measures", "description", "Sorteo de expedientes",
                        "type", "PREVENTIVE", "causeAddressed", "Discrecionalidad", "responsibleUnit", "Logística",
                        "responsiblePerson", "Jefa de Logística", "startDate", end.minusMonths(3).toString(),
                        "endDate", end.toString(), "indicator", "Expedientes sorteados",
                        "verificationMeans", "Actas", "resources", "Personal propio");
            } else {
                screen.submit(conductor, riskPage, "response", "ACCEPT",
                        "justification", "Nivel bajo con controles fuertes", "version", version(screen, conductor, riskPage));
            }
        }
        Document plan = screen.page(conductor, treatment);
        assertThat(plan.select(".missing li")).isEmpty();
        screen.submit(conductor, treatment + "/complete", "taskId", Screen.taskId(plan, "/treatment/complete"));

        // Internal approval, then the SIP reviewer has the review in the inbox
        String internal = "/assessments/" + id + "/approval";
        screen.submit(alta, internal, "taskId", Screen.taskId(screen.page(alta, internal), "/approval"),
                "outcome", "APPROVE", "comment", "");
        assertThat(walks.stage(id)).isEqualTo(AssessmentStage.SIP_REVIEW);
        CurrentUser sip = walks.user("sip.revisor");
        String review = walks.task(sip, id, AssessmentProcess.REVIEW_SUBMISSION).id();
        assertThat(screen.page(sip, "/tasks").select("a[href=/review/tasks/" + review + "]").eachText())
                .containsExactly("Revisar evaluación (SIP)");
        assertThat(screen.page(sip, "/assessments/" + id).select("a[href=/review/tasks/" + review + "]")).hasSize(1);

        // The task list shows every step before the review as done, with who did it
        Document list = screen.page(conductor, "/assessments/" + id);
        List<String> states = new ArrayList<>();
        for (Element row : list.select("table.steps tbody tr")) {
            states.add(row.selectFirst("th a").text() + ": " + row.selectFirst(".state").text());
        }
        assertThat(states).startsWith(
                "Preparar contexto y alcance: Completado", "Aprobar alcance: Completado",
                "Identificar riesgos del proceso: Completado", "Evaluar riesgos: Completado",
                "Elaborar plan de tratamiento: Completado", "Aprobar evaluación y plan: Completado",
                "Revisar evaluación (SIP): En curso");
        assertThat(list.select("table.steps tbody tr").get(1).text()).contains(alta.fullName());
        assertThat(list.select("table").last().text()).contains("Remitida a la SIP");
    }

    private static void rate(Screen screen, CurrentUser who, String evaluation, Long riskId, int probability, int impact,
            String rating) throws Exception {
        Document page = screen.page(who, evaluation);
        String version = page.selectFirst("form#f-" + riskId + " input[name=version]").val();
        screen.submit(who, evaluation + "/" + riskId, "probability", String.valueOf(probability),
                "impact", String.valueOf(impact), "controlRating", rating, "version", version);
    }

    private static String version(Screen screen, CurrentUser who, String page) throws Exception {
        return screen.page(who, page).selectFirst("input[name=version]").val();
    }

    /** Counts of the inherent heat map, row by row, as printed. */
    static List<Integer> inherentCounts(Document page) {
        return page.select("table.heatmap").first().select("td .count").eachText().stream().map(Integer::valueOf).toList();
    }

    /** The same cells, counted from the risks in the database. */
    List<Integer> expectedCounts(ScoringScheme scheme, List<Risk> risks) {
        HeatMap map = schemes.heatMap(scheme.code());
        return map.cells().stream()
                .map(c -> (int) risks.stream()
                        .filter(r -> r.isEvaluated() && r.getProbability() == c.probability() && r.getImpact() == c.impact())
                        .count())
                .toList();
    }

    static String step(String key) {
        return AssessmentProcess.STEPS.get(key).name();
    }
}
