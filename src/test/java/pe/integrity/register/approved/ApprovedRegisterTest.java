package pe.integrity.register.approved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.RegisterFiles;
import pe.integrity.register.RegisterJourney;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.register.entity.EntityRegisters;
import pe.integrity.register.entity.ExcelRegisterWriter;
import pe.integrity.register.entity.PdfRegisterWriter;
import pe.integrity.register.entity.RegisterAssembler;
import pe.integrity.register.entity.RegisterData;
import pe.integrity.register.entity.RegisterGenerationException;
import pe.integrity.support.IntegrationTest;

/**
 * The approved register comes with SIP's approval, also for the demo data; a failure never blocks the approval,
 * stays visible and is retried (by its job, or at once when an administrator asks); a failure half way through
 * writing leaves no file and no digest.
 */
@IntegrationTest
public class ApprovedRegisterTest {

    @Autowired ApplicationContext ctx;
    @Autowired Assessments assessments;
    @Autowired EntityRegisters registers;
    @Autowired ApprovedRegisters approved;
    @Autowired RegisterAssembler assembler;
    @Autowired RegisterArchive archive;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    @Test
    void theDemoApprovalOfMirafloresProducedItsApprovedRegisterAndCuscoGetsDrafts() {
        CurrentUser miraflores = person("conductor.miraflores");
        Long approvedId = assessments.ofEntity(miraflores, miraflores.entityId()).get(0).getId();
        List<StoredRegister> docs = archive.ofAssessment(approvedId).stream().filter(d -> !d.draft()).toList();
        assertThat(docs).extracting(StoredRegister::kind)
                .containsExactlyInAnyOrder(RegisterKind.ENTITY_PDF, RegisterKind.ENTITY_XLSX);
        StoredRegister pdf = docs.stream().filter(d -> d.kind() == RegisterKind.ENTITY_PDF).findFirst().orElseThrow();
        List<String> pages = RegisterFiles.pdfPages(RegisterFiles.bytes(archive, pdf));
        assertThat(pages).noneMatch(p -> p.contains("BORRADOR"));
        String text = RegisterFiles.squash(String.join(" ", pages));
        assertThat(text).contains(RegisterFiles.squash("Aprobada por la SIP"));
        riskTexts(approvedId).forEach(t -> assertThat(text).contains(RegisterFiles.squash(t)));
        assertThat(archive.intact(pdf)).isTrue();

        CurrentUser cusco = person("conductor.cusco");
        Long cuscoId = assessments.ofEntity(cusco, cusco.entityId()).get(0).getId();
        assertThat(assessments.find(cuscoId).getStage()).isEqualTo(AssessmentStage.EVALUATION);
        StoredRegister draft = registers.draft(cusco, cuscoId, RegisterKind.ENTITY_PDF);
        List<String> draftPages = RegisterFiles.pdfPages(RegisterFiles.bytes(archive, draft));
        assertThat(draftPages).allMatch(p -> p.contains("BORRADOR"));
        String draftText = RegisterFiles.squash(String.join(" ", draftPages));
        riskTexts(cuscoId).forEach(t -> assertThat(draftText).contains(RegisterFiles.squash(t)));
        assertThat(draftText).contains(RegisterFiles.squash("Mapa de calor del riesgo inherente (1 riesgo evaluado)"));
    }

    @Test
    void aFailedGenerationNeverBlocksTheApprovalIsShownAndIsRetried() throws Exception {
        RegisterJourney j = RegisterJourney.open(ctx, RegisterJourney.FIVE, t -> t).planned().observedAndResubmitted();
        Path tmp = archive.tempDir();
        FileSystemUtils.deleteRecursively(tmp);
        Files.writeString(tmp, "not a directory: the archive cannot write its temporary files");
        try {
            j.approvedBySip();

            assertThat(assessments.find(j.assessmentId).getStage()).isEqualTo(AssessmentStage.FOLLOW_UP);
            assertThat(archive.ofAssessment(j.assessmentId)).isEmpty();
            List<ApprovedRegisters.Pending> pending = approved.pending(j.assessmentId);
            assertThat(pending).singleElement().satisfies(p -> {
                assertThat(p.round()).isEqualTo(2);
                assertThat(p.attempts()).isEqualTo(1);
                assertThat(p.lastError()).as("a log reference, not the exception's text").matches("[A-Z2-9]{8}");
                assertThat(p.willRetry()).isTrue();
            });
            String page = mvc.perform(get("/assessments/{id}/registers", j.assessmentId).with(user(j.team.conductor())))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Registro aprobado pendiente (ronda 2)", "Intentos de generación: 1.",
                    "referencia para el administrador: " + pending.get(0).lastError())
                    .doesNotContain("Exception", "not a directory");
            // the job waits for its next attempt (app.jobs.retry.interval); an administrator need not wait
            approved.retryNow(j.assessmentId);
            assertThat(approved.pending(j.assessmentId).get(0).attempts()).as("still failing").isEqualTo(2);
        } finally {
            Files.deleteIfExists(tmp);
        }

        approved.retryNow(j.assessmentId);

        assertThat(approved.pending(j.assessmentId)).isEmpty();
        assertThat(archive.ofAssessment(j.assessmentId)).extracting(StoredRegister::kind, StoredRegister::draft)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(RegisterKind.ENTITY_PDF, false),
                        org.assertj.core.groups.Tuple.tuple(RegisterKind.ENTITY_XLSX, false));
        // a done register is not generated twice, neither by a stray run of its job nor by a retry
        assertThat(approved.fulfil(j.assessmentId, 2)).isTrue();
        approved.retryNow(j.assessmentId);
        assertThat(archive.ofAssessment(j.assessmentId)).hasSize(2);
    }

    /**
     * An approved register is a record of what SIP approved: regenerated after follow-up changed the measures, it
     * has the same content (every page's text, every cell of every sheet) as the first one, while a draft made at
     * the same moment shows the follow-up.
     */
    @Test
    void anApprovedRegisterRegeneratedAfterFollowUpHasTheSameContentAsTheFirst() throws Exception {
        RegisterJourney j = RegisterJourney.open(ctx, RegisterJourney.FIVE, t -> t).planned().observedAndResubmitted()
                .approvedBySip();
        Map<RegisterKind, List<String>> first = approvedContent(j.assessmentId);
        assertThat(first.get(RegisterKind.ENTITY_PDF)).isNotEmpty();

        j.progressReported().evidenceUploaded("acta-publicada.pdf");
        String draft = RegisterFiles.squash(String.join(" ", RegisterFiles.pdfPages(RegisterFiles.bytes(archive,
                registers.draft(j.team.conductor(), j.assessmentId, RegisterKind.ENTITY_PDF)))));
        assertThat(draft).as("the live data changed")
                .contains(RegisterFiles.squash(RegisterJourney.PROGRESS_COMMENT), "acta-publicada.pdf");

        // the files are lost and generated again, as a retry or an administrator would
        int round = assessments.find(j.assessmentId).getSubmissionRound();
        jdbc.update("DELETE FROM register_document WHERE assessment_id = ? AND draft = false", j.assessmentId);
        jdbc.update("UPDATE register_request SET done_at = NULL WHERE assessment_id = ?", j.assessmentId);
        assertThat(approved.fulfil(j.assessmentId, round)).isTrue();

        Map<RegisterKind, List<String>> again = approvedContent(j.assessmentId);
        assertThat(again).isEqualTo(first);
        assertThat(String.join(" ", again.get(RegisterKind.ENTITY_PDF)))
                .doesNotContain(RegisterJourney.PROGRESS_COMMENT, "acta-publicada.pdf");
    }

    /** Text of each PDF page and strings of each sheet of the approved register, without its own stamp. */
    private Map<RegisterKind, List<String>> approvedContent(Long assessmentId) throws IOException {
        Map<RegisterKind, List<String>> content = new java.util.EnumMap<>(RegisterKind.class);
        List<StoredRegister> docs = archive.ofAssessment(assessmentId).stream().filter(d -> !d.draft()).toList();
        assertThat(docs).extracting(StoredRegister::kind)
                .containsExactlyInAnyOrder(RegisterKind.ENTITY_PDF, RegisterKind.ENTITY_XLSX);
        for (StoredRegister d : docs) {
            byte[] file = RegisterFiles.bytes(archive, d);
            List<String> parts = new java.util.ArrayList<>();
            if (d.kind() == RegisterKind.ENTITY_PDF) {
                parts.addAll(RegisterFiles.pdfPages(file));
            } else {
                try (var wb = RegisterFiles.workbook(file)) {
                    wb.forEach(sheet -> parts.add(sheet.getSheetName() + ": " + RegisterFiles.strings(sheet)));
                }
            }
            String code = d.verificationCode();
            content.put(d.kind(), parts.stream()
                    .map(p -> p.replace(code, "<code>").replace(archive.displayCode(code), "<code>")
                            .replaceAll("\\d{2}/\\d{2}/\\d{4},? \\d{2}:\\d{2}(:\\d{2})?", "<time>"))
                    .toList());
        }
        return content;
    }

    @Test
    void aFailureHalfWayLeavesNoFileAndNoDigest() throws Exception {
        CurrentUser cusco = person("conductor.cusco");
        Long id = assessments.ofEntity(cusco, cusco.entityId()).get(0).getId();
        RegisterData data = assembler.assemble(cusco, id);
        int rows = jdbc.queryForObject("SELECT count(*) FROM register_document", Integer.class);
        int contents = jdbc.queryForObject("SELECT count(*) FROM register_file", Integer.class);
        Set<Path> files = files();

        assertThatThrownBy(() -> registers.generate(data, RegisterKind.ENTITY_PDF, true, "x", "X", (d, s, out) -> {
            out.write(new byte[4096]);
            throw new IOException("disk full half way");
        })).isInstanceOf(RegisterGenerationException.class).hasRootCauseMessage("disk full half way");
        // the real writers, failing inside the library on impossible data, behave the same
        RegisterData broken = new RegisterData(data.cover(), data.approvals(), data.signatures(), data.processes(), data.risks(),
                data.inherentMap(), data.residualMap(), data.levels(), data.measures(), null, data.progressHistory(), data.history(),
                data.observations(), data.lists());
        assertThatThrownBy(() -> registers.generate(broken, RegisterKind.ENTITY_XLSX, true, "x", "X",
                (d, s, out) -> ctx.getBean(ExcelRegisterWriter.class).write(d, s, out)))
                .isInstanceOf(RegisterGenerationException.class);
        assertThatThrownBy(() -> registers.generate(broken, RegisterKind.ENTITY_PDF, true, "x", "X",
                (d, s, out) -> ctx.getBean(PdfRegisterWriter.class).write(d, s, out)))
                .isInstanceOf(RegisterGenerationException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM register_document", Integer.class)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM register_file", Integer.class)).isEqualTo(contents);
        assertThat(files()).as("no temporary file left behind").isEqualTo(files);
    }

    private Set<Path> files() throws IOException {
        if (!Files.isDirectory(archive.tempDir())) {
            return Set.of();
        }
        try (Stream<Path> all = Files.walk(archive.tempDir())) {
            return all.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    private List<String> riskTexts(Long assessmentId) {
        List<String> texts = new java.util.ArrayList<>(jdbc.queryForList(
                "SELECT code FROM risk WHERE assessment_id = ?", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT statement FROM risk WHERE assessment_id = ?", String.class, assessmentId));
        texts.addAll(jdbc.queryForList("SELECT m.description FROM measure m JOIN risk r ON r.id = m.risk_id "
                + "WHERE r.assessment_id = ?", String.class, assessmentId));
        assertThat(texts).isNotEmpty();
        return texts;
    }

    private CurrentUser person(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }
}
