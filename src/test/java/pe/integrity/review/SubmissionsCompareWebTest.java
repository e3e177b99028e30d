package pe.integrity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.SipDecision;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;

/**
 * Any two submissions side by side: after three rounds, the first against the last shows every change, the second
 * against the third only the later one; the overview links to it; whoever reads the assessment reads it.
 */
@IntegrationTest
class SubmissionsCompareWebTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext ctx;
    @Autowired UserDetailsService details;
    @Autowired RiskIdentification identification;

    @Test
    void theFirstAndTheLastSubmissionOrAnyTwoAreCompared() throws Exception {
        CurrentUser sip = (CurrentUser) details.loadUserByUsername("sip.revisor");
        AssessmentJourney j = AssessmentJourney.open(ctx, LocalDate.now().getYear()).toSipReview("Contrataciones");
        j.complete(sip, AssessmentProcess.REVIEW_SUBMISSION, SipDecision.OBSERVED, "Precise las causas");
        change(j, "Causas de la segunda remisión");
        j.resubmit();
        j.complete(sip, AssessmentProcess.REVIEW_SUBMISSION, SipDecision.OBSERVED, "Precise los actores");
        Risk r = j.risks().get(0);
        RiskForm f = RiskForm.of(r);
        f.setActors("Comité de selección y área usuaria");
        identification.update(j.team.conductor(), r.getId(), f);
        j.resubmit();

        CurrentUser conductor = j.team.conductor();
        String link = page(conductor, "/assessments/" + j.assessmentId).select("a:contains(Comparar remisiones)").attr("href");
        assertThat(link).isEqualTo("/assessments/" + j.assessmentId + "/submissions");
        Document all = page(conductor, link);
        assertThat(all.select("#from option[selected]").attr("value")).isEqualTo("1");
        assertThat(all.select("#to option[selected]").attr("value")).isEqualTo("3");
        assertThat(all.select("#diff h2").text()).isEqualTo("Qué cambió de la remisión 1 a la 3");
        assertThat(all.select("#diff").text()).contains("Causas de la segunda remisión").contains("Comité de selección");

        Document later = page(conductor, link + "?from=2&to=3");
        assertThat(later.select("#diff").text()).contains("Comité de selección").doesNotContain("Causas de la segunda remisión");

        assertThat(status((CurrentUser) details.loadUserByUsername("auditor"), link)).isEqualTo(200);
        assertThat(status(sip, link)).isEqualTo(200);
        AssessmentJourney other = AssessmentJourney.open(ctx, LocalDate.now().getYear());
        assertThat(status(other.team.conductor(), link)).isIn(403, 404);
    }

    private void change(AssessmentJourney j, String causes) {
        Risk r = j.risks().get(0);
        RiskForm f = RiskForm.of(r);
        f.setCauses(causes);
        identification.update(j.team.conductor(), r.getId(), f);
    }

    private Document page(CurrentUser who, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int status(CurrentUser who, String url) throws Exception {
        return mvc.perform(get(url).with(user(who))).andReturn().getResponse().getStatus();
    }
}
