package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.web.AccessibilityTest;

/**
 * Alta Dirección approves the plan itself, not counts: each risk with its levels and response, each measure
 * with who answers for it, by when and how it is measured, and the draft register a click away.
 */
@IntegrationTest
class ApprovalPlanTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired ScoringSchemes schemes;

    Walks walks;
    Screen screen;

    @BeforeEach
    void setUp() {
        walks = new Walks(context);
        screen = new Screen(mvc);
    }

    @Test
    void theApprovalPageListsEachRiskWithItsLevelsAndEachMeasureWithOwnerDeadlineAndIndicator() throws Exception {
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.INTERNAL_APPROVAL);
        CurrentUser alta = crew.team().alta();
        List<Risk> risks = assessments.risks(alta, id).stream().filter(r -> !r.isRemoved()).toList();
        List<Measure> measures = assessments.measures(alta, id);
        assertThat(risks).isNotEmpty();
        assertThat(measures).isNotEmpty();
        ScoringScheme scheme = schemes.byCode(assessments.get(alta, id).getSchemeCode());
        java.util.Map<Long, String> processNames = assessments.processes(alta, id).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.getId(), p -> p.getName()));

        Document page = screen.page(alta, "/assessments/" + id + "/approval");
        for (Risk r : risks) {
            Element section = page.selectFirst("tbody#plan-risk-" + r.getId());
            assertThat(section).as(r.getCode()).isNotNull();
            assertThat(section.select("tr.plan-risk .process").text()).isEqualTo(processNames.get(r.getProcess().getId()));
            assertThat(section.select("tr.plan-risk a").text()).isEqualTo(r.getCode());
            assertThat(section.select("tr.plan-risk .statement").text()).isEqualTo(r.getStatement());
            assertThat(section.select(".inherent").text()).isEqualTo(scheme.level(r.getInherentLevel()).labelEs());
            assertThat(section.select(".residual").text()).isEqualTo(scheme.level(r.getResidualLevel()).labelEs());
            assertThat(section.select(".response").text()).isEqualTo("Mitigar");
            assertThat(section.select("tr[id^=plan-measure-]"))
                    .hasSize((int) measures.stream().filter(m -> m.getRisk().getId().equals(r.getId())).count());
        }
        for (Measure m : measures) {
            Element row = page.selectFirst("tr#plan-measure-" + m.getId());
            assertThat(row).as("measure %s", m.getId()).isNotNull();
            assertThat(row.closest("tbody").id()).isEqualTo("plan-risk-" + m.getRisk().getId());
            assertThat(row.select("td.description").text()).isEqualTo(m.getDescription());
            assertThat(row.select("td.responsible").text()).contains(m.getResponsiblePerson(), m.getResponsibleUnit());
            assertThat(row.select("td.deadline").text()).isEqualTo(m.getEndDate().format(DAY));
            assertThat(row.select("td.indicator").text()).isEqualTo(m.getIndicator());
        }
        AccessibilityTest.assertAccessible("approval page with the plan", page);
    }

    /** The draft register is the register module's own: its endpoint generates it, its page lists it. */
    @Test
    void theApprovalPageGeneratesTheDraftPdfRegisterThroughTheRegistersPage() throws Exception {
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.INTERNAL_APPROVAL);
        CurrentUser alta = crew.team().alta();
        assertThat(screen.page(alta, "/assessments/" + id + "/registers").select("tbody tr")).isEmpty();
        Document page = screen.page(alta, "/assessments/" + id + "/approval");
        Element form = page.selectFirst("section.approval-draft form");
        assertThat(form.attr("action")).isEqualTo("/assessments/" + id + "/registers");
        assertThat(form.select("input[name=kind]").val()).isEqualTo("ENTITY_PDF");
        assertThat(page.select("section.approval-draft a[href=/assessments/" + id + "/registers]")).hasSize(1);

        String next = screen.submit(alta, form.attr("action"), "kind", form.select("input[name=kind]").val());
        assertThat(next).isEqualTo("/assessments/" + id + "/registers");
        Document registers = screen.page(alta, next);
        // the assessment had no register before: the one listed is the draft just generated
        assertThat(registers.select("tbody tr")).hasSize(1);
        Element link = registers.selectFirst("tbody tr a[href^=/assessments/" + id + "/registers/]");
        assertThat(link).as("the new draft, listed").isNotNull();
        assertThat(registers.select("tbody tr").text()).contains("BORRADOR");
        var pdf = screen.get(alta, link.attr("href")).getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        // and nothing moved: the approval is still Alta Dirección's to give
        assertThat(assessments.get(alta, id).getStage()).isEqualTo(AssessmentStage.INTERNAL_APPROVAL);
    }

    /** Another entity's Alta Dirección neither reads the plan nor generates its register. */
    @Test
    void anotherEntitysAltaDireccionSeesNoPlanAndGeneratesNothing() throws Exception {
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.INTERNAL_APPROVAL);
        CurrentUser stranger = walks.crew().team().alta();
        assertThat(screen.status(stranger, "/assessments/" + id + "/approval")).isIn(403, 404);
        assertThat(screen.post(stranger, "/assessments/" + id + "/registers", "kind", "ENTITY_PDF").getResponse().getStatus())
                .isIn(403, 404);
        Document registers = screen.page(crew.team().alta(), "/assessments/" + id + "/registers");
        assertThat(registers.select("tr a[href^=/assessments/" + id + "/registers/]")).isEmpty();
    }

    @Test
    void thePlanSpeaksEnglishToo() throws Exception {
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.INTERNAL_APPROVAL);
        Document en = screen.page(crew.team().alta(), "/assessments/" + id + "/approval?lang=en");
        assertThat(en.text()).contains("Deadline (end date)", "Generate the register's PDF draft").doesNotContain("??");
    }
}
