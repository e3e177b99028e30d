package pe.integrity.register.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.support.IntegrationTest;

/**
 * The registers screens by role and entity, over MockMvc with the real security chain: every endpoint is
 * allowed to whoever may read the assessment and refused (403) to another entity's people.
 */
@IntegrationTest
public class RegisterWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Assessments assessments;
    @Autowired RegisterArchive archive;
    @Autowired JdbcTemplate jdbc;

    Long miraflores;
    Long cusco;

    @BeforeEach
    void demoAssessments() {
        CurrentUser m = person("conductor.miraflores");
        miraflores = assessments.ofEntity(m, m.entityId()).get(0).getId();
        CurrentUser c = person("conductor.cusco");
        cusco = assessments.ofEntity(c, c.entityId()).get(0).getId();
    }

    @ParameterizedTest
    @ValueSource(strings = {"conductor.miraflores", "alta.miraflores", "tecnico.miraflores", "consultivo.miraflores",
            "sip.revisor", "auditor", "admin"})
    void whoMayReadTheAssessmentSeesItsRegistersGeneratesADraftAndDownloadsIt(String username) throws Exception {
        mvc.perform(get("/assessments/{id}/registers", miraflores).with(user(person(username))))
                .andExpect(status().isOk());
        int before = count(miraflores);

        mvc.perform(post("/assessments/{id}/registers", miraflores).param("kind", "ENTITY_XLSX")
                        .with(user(person(username))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/assessments/" + miraflores + "/registers"));

        assertThat(count(miraflores)).isEqualTo(before + 1);
        StoredRegister doc = archive.ofAssessment(miraflores).get(0);
        assertThat(doc.draft()).isTrue();
        assertThat(doc.generatedBy()).isEqualTo(username);
        MvcResult download = mvc.perform(get("/assessments/{id}/registers/{doc}", miraflores, doc.id())
                        .with(user(person(username))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", RegisterKind.ENTITY_XLSX.contentType()))
                .andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains(".xlsx");
        byte[] body = download.getResponse().getContentAsByteArray();
        assertThat(RegisterArchive.sha256(new ByteArrayInputStream(body))).isEqualTo(doc.sha256());
        String page = mvc.perform(get("/assessments/{id}/registers", miraflores).with(user(person(username))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(doc.displayCode(), doc.sha256());
    }

    @ParameterizedTest
    @ValueSource(strings = {"conductor.cusco", "alta.cusco", "tecnico.cusco", "consultivo.cusco"})
    void anotherEntitysPeopleAreRefusedEverywhere(String username) throws Exception {
        StoredRegister doc = archive.ofAssessment(miraflores).stream().filter(d -> !d.draft()).findFirst().orElseThrow();
        int before = count(miraflores);
        CurrentUser other = person(username);

        mvc.perform(get("/assessments/{id}/registers", miraflores).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(post("/assessments/{id}/registers", miraflores).param("kind", "ENTITY_PDF")
                .with(user(other)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/assessments/{id}/registers/{doc}", miraflores, doc.id()).with(user(other)))
                .andExpect(status().isForbidden());
        // nor through their own assessment's URL
        mvc.perform(get("/assessments/{id}/registers/{doc}", cusco, doc.id()).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/assessments/{id}/registers/retry", miraflores).with(user(other)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count(miraflores)).isEqualTo(before);
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/assessments/{id}/registers", miraflores)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(post("/assessments/{id}/registers", miraflores).param("kind", "ENTITY_PDF").with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyEntityKindsAreGeneratedHereAndCsrfIsRequired() throws Exception {
        CurrentUser conductor = person("conductor.miraflores");
        int before = count(miraflores);
        for (String kind : List.of("NATIONAL_XLSX", "DOCX", "")) {
            mvc.perform(post("/assessments/{id}/registers", miraflores).param("kind", kind)
                    .with(user(conductor)).with(csrf())).andExpect(status().isBadRequest());
        }
        mvc.perform(post("/assessments/{id}/registers", miraflores).param("kind", "ENTITY_PDF").with(user(conductor)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/assessments/{id}/registers", 999_999L).with(user(conductor))).andExpect(status().isNotFound());
        assertThat(count(miraflores)).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsRetryTheApprovedRegister() throws Exception {
        for (String username : List.of("conductor.miraflores", "sip.revisor", "auditor")) {
            mvc.perform(post("/assessments/{id}/registers/retry", miraflores).with(user(person(username))).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/assessments/{id}/registers/retry", miraflores).with(user(person("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private int count(Long assessmentId) {
        return jdbc.queryForObject("SELECT count(*) FROM register_document WHERE assessment_id = ?", Integer.class,
                assessmentId);
    }

    private CurrentUser person(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }
}
