package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.web.AccessibilityTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * Every step page, with its forms shown, keeps the accessibility rules in both languages without a missing
 * message; pages stay light with a ministry-sized assessment; the home page shows the inbox.
 */
@IntegrationTest
class StepPagesTest {

    static final int MAX_BYTES = 100 * 1024;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired ScopeEditing scope;

    Walks walks;

    @BeforeEach
    void setUp() {
        walks = new Walks(context);
    }

    /** A page as the user gets it in a language: accessible, complete, light. */
    Document check(CurrentUser who, String url, String lang) throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.get(url).param("lang", lang)
                        .with(SecurityMockMvcRequestPostProcessors.user(who)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        byte[] body = r.getResponse().getContentAsByteArray();
        assertThat(body.length).as("size of %s", url).isLessThan(MAX_BYTES);
        Document page = Jsoup.parse(new String(body, StandardCharsets.UTF_8));
        AccessibilityTest.assertAccessible(url + " (" + lang + ")", page);
        assertThat(page.text()).as("%s (%s): missing messages", url, lang).doesNotContain("??");
        return page;
    }

    @Test
    void everyStepPageWithItsFormsIsAccessibleAndCompleteInBothLanguages() throws Exception {
        Walks.Crew a = walks.crew();
        Walks.Crew b = walks.crew();
        CurrentUser conductor = a.team().conductor();
        Map<AssessmentStage, Long> at = new java.util.EnumMap<>(AssessmentStage.class);
        at.put(AssessmentStage.PREPARATION, walks.at(a, 2023, AssessmentStage.PREPARATION));
        at.put(AssessmentStage.SCOPE_APPROVAL, walks.at(a, 2024, AssessmentStage.SCOPE_APPROVAL));
        at.put(AssessmentStage.IDENTIFICATION, walks.at(a, 2025, AssessmentStage.IDENTIFICATION));
        at.put(AssessmentStage.EVALUATION, walks.at(a, 2026, AssessmentStage.EVALUATION));
        at.put(AssessmentStage.TREATMENT, walks.at(a, 2027, AssessmentStage.TREATMENT));
        at.put(AssessmentStage.INTERNAL_APPROVAL, walks.at(b, 2024, AssessmentStage.INTERNAL_APPROVAL));
        at.put(AssessmentStage.FOLLOW_UP, walks.at(b, 2025, AssessmentStage.FOLLOW_UP));
        Long preparation = at.get(AssessmentStage.PREPARATION);
        scope.addProcess(conductor, preparation, Walks.process("Contrataciones", a.team().tecnico().username()));
        Long identification = at.get(AssessmentStage.IDENTIFICATION);
        ProcessInScope process = assessments.processes(conductor, identification).get(0);
        Risk risk = walks.addStageAndRisk(conductor, process.getId());
        Long treatment = at.get(AssessmentStage.TREATMENT);
        Risk toTreat = assessments.risks(conductor, treatment).get(0);
        walks.addMeasure(conductor, toTreat.getId());
        Long followUp = at.get(AssessmentStage.FOLLOW_UP);

        record Visit(CurrentUser who, String url) {}
        List<Visit> visits = new ArrayList<>(List.of(
                new Visit(conductor, "/tasks"),
                new Visit(conductor, "/"),
                new Visit(conductor, "/assessments/new"),
                new Visit(conductor, "/entities/" + a.entityId() + "/assessments"),
                new Visit(conductor, "/assessments/" + preparation),
                new Visit(conductor, "/assessments/" + preparation + "/scope"),
                new Visit(conductor, "/assessments/" + preparation + "/scope/processes/"
                        + assessments.processes(conductor, preparation).get(0).getId()),
                new Visit(a.team().alta(), "/assessments/" + at.get(AssessmentStage.SCOPE_APPROVAL) + "/scope-approval"),
                new Visit(conductor, "/assessments/" + identification + "/processes/" + process.getId()),
                new Visit(a.team().consultivo(), "/assessments/" + identification + "/risks/" + risk.getId()),
                new Visit(conductor, "/assessments/" + identification + "/risks/" + risk.getId()),
                new Visit(conductor, "/assessments/" + at.get(AssessmentStage.EVALUATION) + "/evaluation"),
                new Visit(conductor, "/assessments/" + at.get(AssessmentStage.EVALUATION) + "/evaluation/"
                        + assessments.risks(conductor, at.get(AssessmentStage.EVALUATION)).get(0).getId()),
                new Visit(conductor, "/assessments/" + treatment + "/treatment"),
                new Visit(conductor, "/assessments/" + treatment + "/treatment/" + toTreat.getId()),
                new Visit(conductor, "/assessments/" + treatment + "/treatment/" + toTreat.getId() + "/measures/new"),
                new Visit(conductor, "/assessments/" + treatment + "/measures/"
                        + assessments.measures(conductor, treatment).get(0).getId()),
                new Visit(b.team().alta(), "/assessments/" + at.get(AssessmentStage.INTERNAL_APPROVAL) + "/approval"),
                new Visit(b.team().conductor(), "/assessments/" + followUp),
                new Visit(b.team().conductor(), "/assessments/" + followUp + "/follow-up"),
                new Visit(b.team().tecnico(), "/assessments/" + followUp + "/follow-up/"
                        + assessments.measures(b.team().conductor(), followUp).get(0).getId())));
        for (Visit v : visits) {
            check(v.who(), v.url(), "es-PE");
            check(v.who(), v.url(), "en");
        }
    }

    @Test
    void formsComingBackWithErrorsLinkEveryMessageToItsField() throws Exception {
        Walks.Crew crew = walks.crew();
        Long approval = walks.at(crew, 2025, AssessmentStage.SCOPE_APPROVAL);
        Screen screen = new Screen(mvc);
        String url = "/assessments/" + approval + "/scope-approval";
        Document decision = screen.rejected(crew.team().alta(), url,
                "taskId", walks.task(crew.team().alta(), approval, AssessmentProcess.APPROVE_SCOPE).id());
        AccessibilityTest.assertAccessible("decision without outcome", decision);
        assertThat(decision.select(".error-summary a").eachAttr("href")).containsExactly("#outcome");

        Long identification = walks.at(crew, 2024, AssessmentStage.IDENTIFICATION);
        Long pid = walks.task(crew.team().tecnico(), identification, AssessmentProcess.IDENTIFY_RISKS).processInScopeId();
        Document risk = screen.rejected(crew.team().tecnico(), "/assessments/" + identification + "/processes/" + pid
                + "/risks", "riskyBehaviour", "", "statement", "", "classification", "");
        AccessibilityTest.assertAccessible("risk without fields", risk);
        assertThat(risk.select(".error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#riskyBehaviour", "#statement", "#classification");
    }

    @Test
    void pagesStayUnder100KilobytesForAMinistrySizedAssessment() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        Long pid = walks.task(crew.team().tecnico(), id, AssessmentProcess.IDENTIFY_RISKS).processInScopeId();
        walks.addStageAndRisk(conductor, pid);
        // 80 risks: the top of the range GUIDE.md gives for a ministry or regional government
        var identification = context.getBean(pe.integrity.assessment.RiskIdentification.class);
        for (int i = 2; i <= 80; i++) {
            var form = Walks.risk("Conducta número " + i + " con un texto de longitud realista para el registro");
            form.setContext("Contexto del riesgo " + i + ": una descripción de dos o tres frases como las reales.");
            form.setConsequences("Perjuicio económico y pérdida de confianza ciudadana");
            identification.add(conductor, pid, form);
        }
        walks.advance(crew, id, AssessmentStage.TREATMENT);

        for (String url : List.of("/assessments/" + id, "/assessments/" + id + "/processes/" + pid,
                "/assessments/" + id + "/evaluation", "/assessments/" + id + "/treatment")) {
            check(conductor, url, "es-PE");
        }
        walks.advance(crew, id, AssessmentStage.INTERNAL_APPROVAL);
        check(crew.team().alta(), "/assessments/" + id + "/approval", "es-PE");
        walks.advance(crew, id, AssessmentStage.FOLLOW_UP);
        check(conductor, "/assessments/" + id + "/follow-up", "es-PE");
    }

    @Test
    void theHomePageAndTheNavigationLeadToTheUsersTasks() throws Exception {
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.SCOPE_APPROVAL);
        Screen screen = new Screen(mvc);

        Document home = screen.page(crew.team().alta(), "/");
        assertThat(home.select("nav a[href=/tasks]").eachText()).containsExactly("Mis tareas");
        assertThat(home.select("main a[href=/assessments/" + id + "/scope-approval]").eachText())
                .containsExactly("Aprobar alcance");
        Document conductorHome = screen.page(crew.team().conductor(), "/");
        assertThat(conductorHome.select("main a[href*=/assessments/" + id + "/]")).isEmpty();
        assertThat(conductorHome.select("main a[href=/entities/" + crew.entityId() + "/assessments]")).hasSize(1);
        assertThat(screen.page(walks.user("admin"), "/").select("nav a[href=/tasks]")).isEmpty();
    }
}
