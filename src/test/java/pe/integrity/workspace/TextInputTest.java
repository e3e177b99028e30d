package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;

/**
 * Text the register could not keep or print is refused where it is typed: a NUL or another control character, an
 * emoji the PDF font lacks, right-to-left script. The form comes back with the field error in the summary, the
 * value without its control characters, and nothing saved. Shown on the risk form and the measure form (every
 * form binds through the same check: TextInputAdviceTest).
 */
@IntegrationTest
class TextInputTest {

    static final String CONTROL = "Contiene un carácter de control invisible";
    static final String NOT_PRINTABLE = "no se puede imprimir en el registro";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theRiskFormRefusesControlCharactersEmojiAndRightToLeftTextAndSavesNothing() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.IDENTIFICATION);
        CurrentUser owner = crew.team().tecnico();
        Long pid = walks.task(owner, id, pe.integrity.workflow.AssessmentProcess.IDENTIFY_RISKS).processInScopeId();
        String url = "/assessments/" + id + "/processes/" + pid + "/risks";
        Screen screen = new Screen(mvc);
        int before = risks(id);

        Document nul = screen.rejected(owner, url, "riskyBehaviour", "Pagar sin conformidad",
                "statement", "Posibilidad de pagar\u0000 sin conformidad", "category", "MISCONDUCT");
        assertThat(summary(nul)).anyMatch(line -> line.startsWith("Enunciado del riesgo: " + CONTROL)
                && line.contains("(U+0000)"));
        // the value comes back for correction, without the NUL the page would otherwise carry raw
        assertThat(nul.selectFirst("textarea[name=statement]").text()).isEqualTo("Posibilidad de pagar sin conformidad");
        assertThat(screen.post(owner, url, "riskyBehaviour", "Pagar sin conformidad",
                "statement", "Posibilidad de pagar\u0000 sin conformidad", "category", "MISCONDUCT")
                .getResponse().getContentAsString()).doesNotContain("\u0000");

        Document escape = screen.rejected(owner, url, "riskyBehaviour", "Pagar \u001B[31msin conformidad",
                "statement", "Posibilidad de pagar sin conformidad", "category", "MISCONDUCT");
        assertThat(summary(escape)).anyMatch(line -> line.contains(CONTROL) && line.contains("U+001B"));

        Document emoji = screen.rejected(owner, url, "riskyBehaviour", "Pagar sin conformidad",
                "statement", "Posibilidad de pagar sin conformidad", "category", "MISCONDUCT",
                "causes", "Presión del proveedor \uD83D\uDC4D");
        assertThat(summary(emoji)).anyMatch(line -> line.startsWith("Causas") && line.contains(NOT_PRINTABLE)
                && line.contains("U+1F44D"));

        Document hebrew = screen.rejected(owner, url, "riskyBehaviour", "Pagar sin conformidad",
                "statement", "Posibilidad de pagar sin conformidad", "category", "MISCONDUCT", "actors", "שלום");
        assertThat(summary(hebrew)).anyMatch(line -> line.contains("derecha a izquierda") && line.contains(NOT_PRINTABLE));

        assertThat(risks(id)).as("no risk saved by a refused form").isEqualTo(before);
        // newlines and tabs are fine in a multi-line field; Spanish typography prints
        screen.submit(owner, url, "riskyBehaviour", "Pagar sin conformidad",
                "statement", "Posibilidad de pagar «sin conformidad»:\r\n\tañadir × €", "category", "MISCONDUCT");
        assertThat(risks(id)).isEqualTo(before + 1);
    }

    @Test
    void theMeasureFormRefusesTheSameAndKeepsTheTargetValueWhenTheTextIsClean() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        CurrentUser conductor = crew.team().conductor();
        Risk risk = assessments.risks(conductor, id).get(0);
        String url = "/assessments/" + id + "/treatment/" + risk.getId() + "/measures";
        Screen screen = new Screen(mvc);
        int before = measures(id);

        Document emoji = screen.rejected(conductor, url, measure("indicator", "Actas publicadas \uD83D\uDCC8"));
        assertThat(summary(emoji)).anyMatch(line -> line.startsWith("Indicador: ") && line.contains(NOT_PRINTABLE));
        // a newline is refused in a one-line field, such as the target value
        Document newline = screen.rejected(conductor, url, measure("targetValue", "100 %\nal cierre"));
        assertThat(summary(newline)).anyMatch(line -> line.startsWith("Meta del indicador: " + CONTROL)
                && line.contains("U+000A"));
        Document bell = screen.rejected(conductor, url, measure("responsiblePerson", "Jefa\u0007"));
        assertThat(summary(bell)).anyMatch(line -> line.startsWith("Persona responsable: " + CONTROL));
        assertThat(measures(id)).as("no measure saved by a refused form").isEqualTo(before);

        screen.submit(conductor, url, measure("targetValue", "100 % de las actas al 31/12"));
        assertThat(measures(id)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT m.target_value FROM measure m JOIN risk r ON r.id = m.risk_id "
                + "WHERE r.assessment_id = ? ORDER BY m.id DESC LIMIT 1", String.class, id))
                .isEqualTo("100 % de las actas al 31/12");
        // the target value is shown with the risk's measures
        assertThat(screen.page(conductor, "/assessments/" + id + "/treatment/" + risk.getId()).text())
                .contains("Meta del indicador: 100 % de las actas al 31/12");
        // and more than 200 characters are refused
        assertThat(summary(screen.rejected(conductor, url, measure("targetValue", "9".repeat(201)))))
                .anyMatch(line -> line.startsWith("Meta del indicador: "));
    }

    private static String[] measure(String field, String value) {
        LocalDate end = LocalDate.now().plusMonths(6);
        List<String> values = new ArrayList<>(List.of("description", "Rotación del personal", "type", "PREVENTIVE",
                "responsibleUnit", "Logística", "responsiblePerson", "Jefe", "startDate", end.minusMonths(2).toString(),
                "endDate", end.toString(), "indicator", "Rotaciones", "targetValue", "2 rotaciones al año",
                "verificationMeans", "Memorandos"));
        int at = values.indexOf(field);
        values.set(at + 1, value);
        return values.toArray(String[]::new);
    }

    private static List<String> summary(Document page) {
        return page.select(".error-summary li").eachText();
    }

    private int risks(Long id) {
        return jdbc.queryForObject("SELECT count(*) FROM risk WHERE assessment_id = ?", Integer.class, id);
    }

    private int measures(Long id) {
        return jdbc.queryForObject("SELECT count(*) FROM measure m JOIN risk r ON r.id = m.risk_id WHERE r.assessment_id = ?",
                Integer.class, id);
    }
}
