package pe.integrity.register.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.RegisterFiles;
import pe.integrity.register.entity.EntityRegisters;
import pe.integrity.register.entity.RegisterText;
import pe.integrity.support.Browser;
import pe.integrity.support.DemoUsers;
import pe.integrity.support.IntegrationTest;

/** The public verification page, without login: authentic by code, digest or file; altered or unknown is not. */
@IntegrationTest
public class VerificationWebTest {

    static final String AUTHENTIC = "Registro auténtico";
    static final String NOT_AUTHENTIC = "No es un registro auténtico";

    @Autowired MockMvc mvc;
    @LocalServerPort int port;
    @Autowired RegisterArchive archive;
    @Autowired EntityRegisters registers;
    @Autowired Assessments assessments;
    @Autowired UserDetailsService users;

    StoredRegister approved;
    StoredRegister draft;

    @BeforeEach
    void registersOfMiraflores() {
        CurrentUser conductor = (CurrentUser) users.loadUserByUsername("conductor.miraflores");
        Long id = assessments.ofEntity(conductor, conductor.entityId()).get(0).getId();
        approved = archive.ofAssessment(id).stream().filter(d -> !d.draft() && d.kind() == RegisterKind.ENTITY_PDF)
                .findFirst().orElseThrow();
        draft = registers.draft(conductor, id, RegisterKind.ENTITY_XLSX);
    }

    @Test
    void theFormIsPublic() throws Exception {
        assertThat(page(get("/verificar"))).contains("codigo", "archivo").doesNotContain(AUTHENTIC, NOT_AUTHENTIC);
    }

    @Test
    void theCodePrintedInTheDocumentOrItsDigestProveItAuthenticAndSayOfWhat() throws Exception {
        String byCode = page(get("/verificar").param("codigo", approved.displayCode().toLowerCase(Locale.ROOT)));
        assertThat(byCode).contains(AUTHENTIC, DemoUsers.MIRAFLORES, String.valueOf(approved.periodYear()),
                "Registro aprobado por la SIP", approved.sha256(), "Registro de la entidad (PDF)");
        String byDigest = page(get("/verificar").param("codigo", draft.sha256().toUpperCase(Locale.ROOT)));
        assertThat(byDigest).contains(AUTHENTIC, DemoUsers.MIRAFLORES, "BORRADOR", draft.generatedByName(),
                "Registro de la entidad (Excel)");
    }

    @Test
    void theUploadedFileIsAuthenticUntilOneByteChanges() throws Exception {
        byte[] file = RegisterFiles.bytes(archive, approved);
        assertThat(page(upload(file))).contains(AUTHENTIC, DemoUsers.MIRAFLORES, approved.displayCode());

        byte[] altered = file.clone();
        altered[altered.length / 2] ^= 0x01;
        assertThat(page(upload(altered))).contains(NOT_AUTHENTIC).doesNotContain(AUTHENTIC, DemoUsers.MIRAFLORES);
    }

    /** A national workbook holds entities mid-assessment: the page says it is an export of a date with filters. */
    @Test
    void aNationalExportIsCalledAnExportOfItsDateWithItsFiltersNotAnApprovedRegister() throws Exception {
        String code = archive.newVerificationCode();
        java.nio.file.Path tmp = archive.newTempFile(RegisterKind.NATIONAL_XLSX);
        java.nio.file.Files.write(tmp, ("national " + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StoredRegister national = archive.store(NewRegister.national(code, "registro-nacional-2026.xlsx", 2026,
                "Registro nacional de riesgos de integridad, periodo 2026; sector: Salud", false, "sip.revisor",
                "Revisora SIP"), tmp);

        String page = page(get("/verificar").param("codigo", national.displayCode()));

        assertThat(page).contains(AUTHENTIC, "Exportación nacional al " + RegisterText.dateTime(national.generatedAt()),
                        "no es un registro aprobado por la SIP", "Filtros de la exportación", "sector: Salud")
                .doesNotContain("Registro aprobado por la SIP");
        // an approved entity register still says it is one
        assertThat(page(get("/verificar").param("codigo", approved.verificationCode())))
                .contains("Registro aprobado por la SIP").doesNotContain("Exportación nacional");
    }

    @Test
    void unknownCodesDigestsAndGarbageAreNotAuthentic() throws Exception {
        for (String query : new String[] {archive.newVerificationCode(), "a".repeat(64), "<script>alert(1)</script>"}) {
            String page = page(get("/verificar").param("codigo", query));
            assertThat(page).contains(NOT_AUTHENTIC).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(page(get("/verificar").param("codigo", "x".repeat(500))))
                .contains("Escriba un código de verificación").doesNotContain(AUTHENTIC, NOT_AUTHENTIC);
    }

    @Test
    void missingAndOversizedUploadsAreRefusedWithAMessage() throws Exception {
        assertThat(page(upload(new byte[0]))).contains("Elija el archivo").doesNotContain(NOT_AUTHENTIC);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        assertThat(page(upload(big))).contains("supera el tamaño máximo de 10 MB").doesNotContain(NOT_AUTHENTIC);
        // without the CSRF token the upload is refused outright
        mvc.perform(multipart("/verificar").file(new MockMultipartFile("archivo", "r.pdf", "application/pdf", new byte[] {1})))
                .andExpect(status().isForbidden());
    }

    /** Over real HTTP: above the server's multipart limit the page still comes back with the size message. */
    @Test
    void aFileAboveTheServersUploadLimitGetsThePageBackWithTheMessage() {
        for (String lang : new String[] {"es", "en"}) {
            Browser visitor = new Browser(port);
            String form = visitor.get("/verificar?lang=" + lang).body();
            String action = Jsoup.parse(form).selectFirst("form[enctype=multipart/form-data]").attr("action");

            Browser.Page answer = visitor.postFile(action, Map.of(), "archivo", "registro.pdf", new byte[12 * 1024 * 1024]);

            assertThat(answer.status()).isEqualTo(413);
            assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo(Jsoup.parse(form).select("h1").text());
            assertThat(answer.body()).contains(lang.equals("es") ? "supera el tamaño máximo de 10 MB" : "10 MB")
                    .doesNotContain(NOT_AUTHENTIC, "Exception");
        }
    }

    private MockHttpServletRequestBuilder upload(byte[] content) {
        return multipart("/verificar").file(new MockMultipartFile("archivo", "registro.pdf", "application/pdf", content))
                .with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
