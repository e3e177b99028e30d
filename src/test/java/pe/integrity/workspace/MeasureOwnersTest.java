package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * A measure's responsible person is a user of the entity: chosen from the entity's people, shown "Mis medidas",
 * and able to report its progress; a person who is not a user stays possible as a name, answered for by the
 * Conductor. A user of another entity, or no person at all, is refused and nothing is saved.
 */
@IntegrationTest
class MeasureOwnersTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;

    @Test
    void theResponsibleUserSeesTheMeasureUnderMisMedidasAndReportsItsProgress() throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        Walks.Crew stranger = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        CurrentUser owner = crew.otherTecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk risk = assessments.risks(conductor, id).get(0);
        Screen screen = new Screen(mvc);
        String newMeasure = "/assessments/" + id + "/treatment/" + risk.getId() + "/measures";
        Document page = screen.page(conductor, newMeasure + "/new");
        assertThat(page.select("select#responsibleUsername option").eachAttr("value"))
                .contains("", owner.username(), crew.team().tecnico().username())
                .doesNotContain(stranger.team().tecnico().username());
        Element form = page.selectFirst("form[action=" + newMeasure + "]");
        String[] filled = {"description", "Capacitar al comité", "type", "PREVENTIVE", "responsibleUnit", "Logística",
                "indicator", "Personas capacitadas", "verificationMeans", "Lista de asistencia",
                "startDate", "2026-01-01", "endDate", "2027-06-30"};
        int before = assessments.measures(conductor, id).size();

        MvcResult refused = screen.send(conductor, form, with(filled, "responsibleUsername",
                stranger.team().tecnico().username(), "responsiblePerson", ""));
        assertThat(Screen.parse(refused).select(".error-summary").text()).contains("usuario activo de la entidad");
        MvcResult nobody = screen.send(conductor, form, with(filled, "responsibleUsername", "", "responsiblePerson", ""));
        assertThat(Screen.parse(nobody).select(".error-summary").text()).contains("escriba el nombre");
        assertThat(assessments.measures(conductor, id)).hasSize(before);

        assertThat(screen.send(conductor, form, with(filled, "responsibleUsername", owner.username(),
                "responsiblePerson", "")).getResponse().getStatus()).isEqualTo(302);
        Measure chosen = assessments.measures(conductor, id).stream()
                .filter(m -> "Capacitar al comité".equals(m.getDescription())).findFirst().orElseThrow();
        assertThat(chosen.getResponsibleUsername()).isEqualTo(owner.username());
        assertThat(chosen.getResponsiblePerson()).as("the directory's name, for the registers")
                .isEqualTo("Otra persona " + owner.username());

        walks.advance(crew, id, AssessmentStage.FOLLOW_UP);
        Document mine = screen.page(owner, "/my-measures");
        assertThat(mine.select("main tbody tr").eachText()).singleElement().asString().contains("Capacitar al comité");
        Document conductors = screen.page(conductor, "/my-measures");
        assertThat(conductors.select("main tbody tr").eachText()).as("measures without a responsible user")
                .isNotEmpty().noneMatch(row -> row.contains("Capacitar al comité"));
        assertThat(screen.page(stranger.team().conductor(), "/my-measures").select("main tbody tr")).isEmpty();

        walks.fireNextReportTimer(id);
        String url = "/assessments/" + id + "/follow-up/" + chosen.getId();
        Element progress = screen.page(owner, url).selectFirst("form[action=" + url + "]");
        assertThat(progress).as("the responsible user may report").isNotNull();
        assertThat(screen.send(owner, progress, "status", "IN_PROGRESS", "progress", "30", "comment", "Primer taller")
                .getResponse().getStatus()).isEqualTo(302);

        Measure other = assessments.measures(conductor, id).stream().filter(m -> !m.getId().equals(chosen.getId()))
                .findFirst().orElseThrow();
        String otherUrl = "/assessments/" + id + "/follow-up/" + other.getId();
        assertThat(screen.page(owner, otherUrl).selectFirst("form[action=" + otherUrl + "]"))
                .as("not for a measure of someone else's process").isNull();
        assertThat(screen.post(owner, otherUrl, "status", "IN_PROGRESS", "progress", "30", "version",
                String.valueOf(other.getVersion())).getResponse().getStatus()).isEqualTo(403);
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
