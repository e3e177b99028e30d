package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * The treatment form offers an acceptance justification only where acceptance is a possible response, and
 * names "Respuesta" once.
 */
@IntegrationTest
class TreatmentFormTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired RiskEvaluation evaluation;

    Walks walks;

    @BeforeEach
    void setUp() {
        walks = new Walks(context);
    }

    Document page(CurrentUser who, String url, String lang) throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.get(url).param("lang", lang)
                        .with(SecurityMockMvcRequestPostProcessors.user(who)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aRiskThatMustBeTreatedHasNoAcceptanceJustification() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk risk = assessments.risks(conductor, id).get(0);
        assertThat(risk.getTreatmentRequired()).as("precondition: the most severe level must be treated").isTrue();

        Document es = page(conductor, "/assessments/" + id + "/treatment/" + risk.getId(), "es-PE");
        assertThat(es.select("form textarea#justification")).isEmpty();
        assertThat(es.select("input[name=response][value=ACCEPT]")).isEmpty();
        assertThat(es.text()).doesNotContain("Justificación de la aceptación");
        assertThat(countOf(es, "Respuesta")).isEqualTo(1);
        Document en = page(conductor, "/assessments/" + id + "/treatment/" + risk.getId(), "en");
        assertThat(en.select("form textarea#justification")).isEmpty();
        assertThat(countOf(en, "Response")).isEqualTo(1);
    }

    @Test
    void aRiskThatMayBeAcceptedHasTheJustificationField() throws Exception {
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        Long id = walks.at(crew, 2025, AssessmentStage.EVALUATION);
        ScoringScheme scheme = walks.scheme(id);
        for (Risk r : assessments.risks(conductor, id)) {
            EvaluationForm f = new EvaluationForm();
            f.setProbability(Walks.min(scheme.probabilityLevels()));
            f.setImpact(Walks.min(scheme.impactLevels()));
            f.setControlRating(walks.strongest(scheme));
            f.setVersion(r.getVersion());
            evaluation.evaluate(conductor, r.getId(), f);
        }
        walks.complete(conductor, id, AssessmentProcess.EVALUATE_RISKS, null, null);
        Risk risk = assessments.risks(conductor, id).get(0);
        assertThat(risk.getTreatmentRequired()).as("precondition: the lowest level may be accepted").isFalse();

        Document es = page(conductor, "/assessments/" + id + "/treatment/" + risk.getId(), "es-PE");
        assertThat(es.select("form textarea#justification")).hasSize(1);
        assertThat(es.select("label[for=justification]").text()).isEqualTo("Justificación de la aceptación");
        assertThat(es.select("input[name=response][value=ACCEPT]")).hasSize(1);
        assertThat(countOf(es, "Respuesta")).isEqualTo(1);
        Document en = page(conductor, "/assessments/" + id + "/treatment/" + risk.getId(), "en");
        assertThat(en.select("form textarea#justification")).hasSize(1);
        assertThat(countOf(en, "Response")).isEqualTo(1);
    }

    /** How many headings, legends and labels of the main content read exactly {@code text}. */
    static long countOf(Document page, String text) {
        return page.select("main h1, main h2, main h3, main legend, main label, main dt")
                .stream().filter(e -> e.text().equals(text)).count();
    }
}
