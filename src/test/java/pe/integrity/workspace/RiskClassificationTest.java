package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

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
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/**
 * The risk form asks for category and typology with ONE choice: a typology brings its own category, a category
 * stands alone as "(sin tipología específica)"; a contradiction cannot be chosen and, posted by hand, is refused.
 * Every field of the form explains itself in the guide's terms, with an example labelled as one.
 */
@IntegrationTest
class RiskClassificationTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;

    Screen screen;
    Walks walks;

    @BeforeEach
    void setUp() {
        screen = new Screen(mvc);
        walks = new Walks(context);
    }

    @Test
    void oneSelectGroupsTypologiesUnderTheirCategoryEachWithTheCategoryAloneFirst() throws Exception {
        Fixture f = fixture();
        Document page = screen.page(f.tecnico, f.processPage);

        Element form = page.selectFirst("form[action$=/risks]");
        assertThat(form.select("select[name=category], select[name=typologyCode]")).isEmpty();
        Element select = form.selectFirst("select#classification[name=classification]");
        assertThat(select).isNotNull();
        assertThat(page.selectFirst("label[for=classification]").text()).isEqualTo("Categoría y tipología");
        assertThat(select.select("optgroup").eachAttr("label"))
                .containsExactly("Acto de corrupción", "Inconducta funcional", "Práctica cuestionable");
        Element misconduct = select.selectFirst("optgroup[label=Inconducta funcional]");
        assertThat(misconduct.child(0).val()).isEqualTo("MISCONDUCT");
        assertThat(misconduct.child(0).text()).isEqualTo("Inconducta funcional (sin tipología específica)");
        assertThat(misconduct.select("option").eachAttr("value")).contains("NEPOTISMO").doesNotContain("COHECHO");
        assertThat(select.selectFirst("optgroup[label=Acto de corrupción]").select("option").eachAttr("value"))
                .startsWith("CORRUPTION_ACT").contains("COHECHO", "COLUSION").doesNotContain("NEPOTISMO");
    }

    @Test
    void aTypologyBringsItsCategoryAndACategoryAloneHasNoTypology() throws Exception {
        Fixture f = fixture();
        Element form = screen.page(f.tecnico, f.processPage).selectFirst("form[action$=/risks]");

        assertThat(screen.send(f.tecnico, form, "riskyBehaviour", "Favorecer a familiares",
                "statement", "Posibilidad de que el comité favorezca a familiares", "classification", "NEPOTISMO")
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(screen.send(f.tecnico, form, "riskyBehaviour", "Omitir el registro de asistencia",
                "statement", "Posibilidad de que un jefe omita registrar inasistencias",
                "classification", "QUESTIONABLE_PRACTICE").getResponse().getStatus()).isEqualTo(302);

        Risk nepotism = risk(f, "Favorecer a familiares");
        assertThat(nepotism.getCategory()).isEqualTo(PracticeCategory.MISCONDUCT);
        assertThat(nepotism.getTypologyCode()).isEqualTo("NEPOTISMO");
        Risk alone = risk(f, "Omitir el registro de asistencia");
        assertThat(alone.getCategory()).isEqualTo(PracticeCategory.QUESTIONABLE_PRACTICE);
        assertThat(alone.getTypologyCode()).isNull();

        // the risk's own page shows the stored choice selected, and saving it unchanged keeps it
        String riskPage = "/assessments/" + f.id + "/risks/" + nepotism.getId();
        Element edit = screen.page(f.tecnico, riskPage).selectFirst("form[action=" + riskPage + "]");
        assertThat(edit.selectFirst("select#classification option[selected]").val()).isEqualTo("NEPOTISMO");
        assertThat(screen.send(f.tecnico, edit, "classification", "CORRUPTION_ACT").getResponse().getStatus())
                .isEqualTo(302);
        Risk changed = risk(f, "Favorecer a familiares");
        assertThat(changed.getCategory()).isEqualTo(PracticeCategory.CORRUPTION_ACT);
        assertThat(changed.getTypologyCode()).isNull();
    }

    @Test
    void aContradictionPostedByHandOrNoChoiceIsRefusedOnTheOneFieldAndNothingIsStored() throws Exception {
        Fixture f = fixture();
        String add = f.processPage + "/risks";

        Document contradiction = screen.rejected(f.tecnico, add, "riskyBehaviour", "Cobrar por la inspección",
                "statement", "Posibilidad de que un inspector cobre", "category", "CORRUPTION_ACT",
                "typologyCode", "NEPOTISMO");
        assertThat(contradiction.selectFirst("#classification-error").text()).contains("otra categoría");
        assertThat(contradiction.select(".error-summary a[href=#classification]")).hasSize(1);

        Document none = screen.rejected(f.tecnico, add, "riskyBehaviour", "Cobrar por la inspección",
                "statement", "Posibilidad de que un inspector cobre", "classification", "");
        assertThat(none.selectFirst("#classification-error").text()).contains("Elija la categoría");
        assertThat(none.selectFirst("select#classification").attr("aria-describedby")).contains("classification-error");

        Document unknown = screen.rejected(f.tecnico, add, "riskyBehaviour", "Cobrar por la inspección",
                "statement", "Posibilidad de que un inspector cobre", "classification", "NO_EXISTE");
        assertThat(unknown.selectFirst("#classification-error").text()).contains("no existe");

        assertThat(assessments.risks(f.tecnico, f.id)).isEmpty();
    }

    @Test
    void everyFieldExplainsItselfWithAHintAndAnExampleReadWithTheField() throws Exception {
        Fixture f = fixture();
        Document page = screen.page(f.tecnico, f.processPage);
        Element form = page.selectFirst("form[action$=/risks]");

        for (String field : List.of("context", "riskyBehaviour", "statement", "classification", "causes",
                "consequences", "actors", "existingControls")) {
            Element input = form.getElementById(field);
            assertThat(input).as(field).isNotNull();
            List<String> described = List.of(input.attr("aria-describedby").split(" "));
            assertThat(described).as(field).contains(field + "-hint", field + "-example");
            assertThat(form.getElementById(field + "-hint").text()).as(field).isNotBlank();
            assertThat(form.getElementById(field + "-example").text()).as(field).startsWith("Ejemplo:");
        }
        assertThat(form.getElementById("statement-hint").text()).contains("Posibilidad de que [actor]");
        assertThat(form.getElementById("riskyBehaviour-hint").text()).contains("conducta de riesgo");
        assertThat(form.getElementById("causes-hint").text()).contains("internas", "externas");
        assertThat(form.selectFirst("details.risk-help summary").text()).contains("Cómo se describe un riesgo");
        assertThat(form.selectFirst("details.risk-help").text()).contains("no texto oficial");
    }

    private record Fixture(CurrentUser tecnico, Long id, String processPage) {}

    private Fixture fixture() {
        Walks.Crew crew = walks.crew();
        CurrentUser tecnico = crew.team().tecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        ProcessInScope process = assessments.processes(tecnico, id).get(0);
        return new Fixture(tecnico, id, "/assessments/" + id + "/processes/" + process.getId());
    }

    private Risk risk(Fixture f, String behaviour) {
        return assessments.risks(f.tecnico, f.id).stream()
                .filter(r -> r.getRiskyBehaviour().equals(behaviour))
                .findFirst()
                .orElseThrow();
    }
}
