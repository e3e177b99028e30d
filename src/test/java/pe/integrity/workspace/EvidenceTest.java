package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.Browser;
import pe.integrity.support.IntegrationTest;

/** Evidence files of follow-up reports: what is accepted, who may upload, who may download. */
@IntegrationTest
class EvidenceTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired JdbcTemplate jdbc;

    Walks walks;
    Walks.Crew crew;
    Long id;
    Long measureId;
    String measurePage;

    @BeforeEach
    void followUp() {
        walks = new Walks(context);
        crew = walks.crew();
        id = walks.at(crew, 2025, AssessmentStage.FOLLOW_UP);
        measureId = assessments.measures(crew.team().conductor(), id).get(0).getId();
        measurePage = "/assessments/" + id + "/follow-up/" + measureId;
    }

    MvcResult upload(CurrentUser who, String filename, byte[] bytes) throws Exception {
        return mvc.perform(multipart(measurePage + "/evidence")
                        .file(new MockMultipartFile("file", filename, "application/octet-stream", bytes))
                        .with(user(who))
                        .with(csrf()))
                .andReturn();
    }

    int stored() {
        return jdbc.queryForObject("select count(*) from measure_evidence where measure_id = ?", Integer.class, measureId);
    }

    @Test
    void theOwnerUploadsAPdfAndEveryoneWhoReadsTheAssessmentCanDownloadIt() throws Exception {
        CurrentUser owner = crew.team().tecnico();
        MvcResult r = upload(owner, "C:\\Users\\ana\\acta de comité.pdf", PDF);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo(measurePage);

        Document page = new Screen(mvc).page(owner, measurePage);
        String link = page.selectFirst("a[href*=/evidence/]").attr("href");
        assertThat(page.selectFirst("a[href*=/evidence/]").text()).isEqualTo("acta de comité.pdf");
        for (String reader : new String[] {"auditor", "sip.revisor"}) {
            assertThat(new Screen(mvc).status(walks.user(reader), link)).isEqualTo(200);
        }
        MvcResult download = new Screen(mvc).get(crew.team().consultivo(), link);
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void tooLargeWrongTypeAndEmptyFilesAreRefusedWithAMessageAndNothingStored() throws Exception {
        CurrentUser owner = crew.team().tecnico();
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        assertThat(refusal(upload(owner, "grande.pdf", large))).isEqualTo("El archivo supera los 5 MB.");
        assertThat(refusal(upload(owner, "programa.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo("Solo se aceptan archivos PDF, JPG, PNG, XLSX o DOCX.");
        // a program renamed to .pdf: the first bytes give it away
        assertThat(refusal(upload(owner, "acta.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo("Solo se aceptan archivos PDF, JPG, PNG, XLSX o DOCX.");
        assertThat(refusal(upload(owner, "vacio.pdf", new byte[0]))).isEqualTo("Elija un archivo.");
        assertThat(stored()).isZero();

        // exactly 5 MB is still accepted
        assertThat(upload(owner, "limite.pdf", Arrays.copyOf(PDF, 5 * 1024 * 1024)).getResponse().getStatus()).isEqualTo(302);
        assertThat(stored()).isEqualTo(1);
    }

    /**
     * Over real HTTP (MockMvc skips the servlet container's multipart limits): a file above the server's
     * limit gets the measure's page back with the same message as one over 5 MB, never an empty 413.
     */
    @Test
    void aFileAboveTheServersUploadLimitGetsThePageBackWithTheMessage() {
        CurrentUser owner = crew.team().tecnico();
        Browser browser = new Browser(port).signedInAs(owner.username(), "secret-" + owner.username());
        Document form = Jsoup.parse(browser.get(measurePage).body());
        String action = form.selectFirst("form[enctype=multipart/form-data]").attr("action");

        Browser.Page answer = browser.postFile(action, Map.of(), "file", "enorme.pdf", Arrays.copyOf(PDF, 12 * 1024 * 1024));

        assertThat(answer.status()).isEqualTo(413);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("h1").text()).isEqualTo(form.select("h1").text());
        assertThat(page.select("p.error").text()).contains("El archivo supera los 5 MB.");
        assertThat(stored()).isZero();
    }

    /**
     * Over real HTTP: a NUL byte (or another control character) in a file's name is never a 500; the file is kept
     * under its name without them, or refused with a message, and nothing half-stored remains.
     */
    @Test
    void aNulByteInTheFileNameIsNeverAServerError() {
        CurrentUser owner = crew.team().tecnico();
        Browser browser = new Browser(port).signedInAs(owner.username(), "secret-" + owner.username());
        Document form = Jsoup.parse(browser.get(measurePage).body());
        String action = form.selectFirst("form[enctype=multipart/form-data]").attr("action");

        Browser.Page answer = browser.postFile(action, Map.of(), "file", "acta\u0000\u0007.pdf", PDF);

        assertThat(answer.status()).as(answer.body()).isIn(200, 302, 400);
        if (answer.status() == 302) {
            assertThat(stored()).isEqualTo(1);
            String name = jdbc.queryForObject("select filename from measure_evidence where measure_id = ?",
                    String.class, measureId);
            assertThat(name).doesNotContain("\u0000", "\u0007").startsWith("acta");
        } else {
            assertThat(Jsoup.parse(answer.body()).select("p.error, .error-summary").text()).contains("nombre del archivo");
            assertThat(stored()).isZero();
        }
    }

    @Test
    void onlyTheMeasuresPeopleUploadAndOtherEntitiesCannotDownload() throws Exception {
        for (CurrentUser refused : new CurrentUser[] {crew.otherTecnico(), crew.team().consultivo(), crew.team().alta(),
            walks.user("auditor"), walks.user("conductor.miraflores")}) {
            assertThat(upload(refused, "acta.pdf", PDF).getResponse().getStatus()).as(refused.username()).isEqualTo(403);
        }
        assertThat(stored()).isZero();
        assertThat(upload(crew.team().conductor(), "acta.pdf", PDF).getResponse().getStatus()).isEqualTo(302);
        Long evidenceId = jdbc.queryForObject("select id from measure_evidence where measure_id = ?", Long.class, measureId);

        CurrentUser outsider = walks.user("conductor.miraflores");
        Screen screen = new Screen(mvc);
        assertThat(screen.status(outsider, "/assessments/" + id + "/evidence/" + evidenceId)).isEqualTo(403);
        // nor through an assessment of their own entity that they may read
        Long own = assessments.ofEntity(outsider, outsider.entityId()).get(0).getId();
        assertThat(screen.status(outsider, "/assessments/" + own + "/evidence/" + evidenceId)).isEqualTo(404);
    }

    private static String refusal(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return Screen.parse(r).select("#file-error").text();
    }
}
