package pe.integrity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserForm;
import pe.integrity.organisation.UserView;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Team;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.DeadlineNotice;
import pe.integrity.workflow.DurableJobs;
import pe.integrity.workflow.WorkflowTasks;

/**
 * Mails as people receive them, through an in-process SMTP server on the port the test configuration
 * names. The suite keeps mail in the outbox; this class alone delivers by SMTP (its own context).
 */
@IntegrationTest
@TestPropertySource(properties = "app.mail.delivery=smtp")
class NotificationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(32525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withPerMethodLifecycle(false);

    private static final long WAIT_MS = 5000;

    @Autowired ApplicationContext ctx;
    @Autowired Assessments assessments;
    @Autowired ScopeEditing scope;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired DurableJobs jobs;
    @Autowired WorkflowTasks tasks;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void aNewTaskMailsTheEntitysConductorsEachInTheirLanguageAndNobodyElse() throws Exception {
        Team team = team();
        UserView english = extraUser(team, "conductor.en", Role.CONDUCTOR, "en", true);
        extraUser(team, "conductor.off", Role.CONDUCTOR, "es", false);
        Team otherEntity = team();

        assessments.open(team.conductor(), 2025, "Contexto");
        mailJobsRun();

        Map<String, MimeMessage> mails = received(2);
        assertThat(mails.keySet()).containsExactlyInAnyOrder(team.conductor().email(), english.email());
        MimeMessage spanish = mails.get(team.conductor().email());
        assertThat(spanish.getSubject()).contains("Nueva tarea", "Preparar contexto y alcance", "periodo 2025",
                entityName(team));
        assertThat(body(spanish)).contains(team.conductor().fullName(), "http://localhost:8080/tasks");
        MimeMessage inEnglish = mails.get(english.email());
        assertThat(inEnglish.getSubject()).contains("New task", "Prepare context and scope", "period 2025");
        assertThat(body(inEnglish)).startsWith("Dear " + english.fullName()).contains("http://localhost:8080/tasks");
        assertThat(mails.keySet()).doesNotContain(otherEntity.conductor().email(), team.alta().email());
    }

    @Test
    void aReturnedScopeMailsTheConductorWithTheComment() throws Exception {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025);
        addProcess(j);
        mailJobsRun();
        SMTP.purgeEmailFromAllMailboxes();
        j.complete(j.team.conductor(), AssessmentProcess.PREPARE_SCOPE, null, null);
        mailJobsRun();
        assertThat(received(1).keySet()).containsExactly(j.team.alta().email());
        SMTP.purgeEmailFromAllMailboxes();

        j.complete(j.team.alta(), AssessmentProcess.APPROVE_SCOPE, ScopeDecision.RETURN, "Falta el proceso de RR.HH.");
        mailJobsRun();

        Map<String, MimeMessage> mails = received(1);
        assertThat(mails.keySet()).containsExactly(j.team.conductor().email());
        MimeMessage mail = mails.get(j.team.conductor().email());
        assertThat(mail.getSubject()).startsWith("Devuelto: Preparar contexto y alcance");
        assertThat(body(mail)).contains("Falta el proceso de RR.HH.", j.team.alta().fullName());
    }

    @Test
    void anIdentificationTaskMailsItsProcessOwnerNotTheOtherTecnicos() throws Exception {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025);
        UserView otherTecnico = extraUser(j.team, "tecnico.b", Role.TECNICO, "es", true);
        addProcess(j);
        j.complete(j.team.conductor(), AssessmentProcess.PREPARE_SCOPE, null, null);
        mailJobsRun();
        SMTP.purgeEmailFromAllMailboxes();

        j.complete(j.team.alta(), AssessmentProcess.APPROVE_SCOPE, ScopeDecision.APPROVE, null);
        mailJobsRun();

        Map<String, MimeMessage> mails = received(2);
        assertThat(mails.keySet()).containsExactlyInAnyOrder(j.team.tecnico().email(), j.team.conductor().email())
                .doesNotContain(otherTecnico.email());
        assertThat(mails.get(j.team.tecnico().email()).getSubject()).contains("Identificar riesgos del proceso");
    }

    @ParameterizedTest
    @EnumSource(DeadlineNotice.Kind.class)
    void eachDeadlineNoticeReachesItsPeople(DeadlineNotice.Kind kind) throws Exception {
        Team team = team();
        Team otherEntity = team();
        UserView englishReviewer = extraGlobalUser("sip.en." + kind.ordinal(), Role.SIP_REVIEWER, "en", true);
        UserView retiredReviewer = extraGlobalUser("sip.off." + kind.ordinal(), Role.SIP_REVIEWER, "es", false);
        Long assessmentId = assessments.open(team.conductor(), 2025, "Contexto").getId();
        mailJobsRun();
        SMTP.purgeEmailFromAllMailboxes();

        transaction.executeWithoutResult(s -> events.publishEvent(new DeadlineNotice(kind, assessmentId, team.entityId())));

        // the notice's job has run, so all of its mails are in by now
        mailJobsRun();
        Map<String, MimeMessage> mails = receivedAtLeast(switch (kind) {
            case REVIEW_REMINDER -> 2;
            case REVIEW_ESCALATION -> 3;
            case CORRECTION_REMINDER, CORRECTION_ESCALATION -> 1;
            case FOLLOW_UP_REMINDER, FOLLOW_UP_ESCALATION -> 2;
        });
        Set<Role> allowed = switch (kind) {
            case REVIEW_REMINDER -> EnumSet.of(Role.SIP_REVIEWER);
            case REVIEW_ESCALATION -> EnumSet.of(Role.SIP_REVIEWER, Role.ADMIN);
            case CORRECTION_REMINDER -> EnumSet.of(Role.CONDUCTOR);
            case CORRECTION_ESCALATION -> EnumSet.of(Role.ALTA_DIRECCION);
            case FOLLOW_UP_REMINDER -> EnumSet.of(Role.CONDUCTOR, Role.TECNICO);
            case FOLLOW_UP_ESCALATION -> EnumSet.of(Role.CONDUCTOR, Role.ALTA_DIRECCION);
        };
        Map<String, UserView> byEmail = users.all().stream()
                .collect(Collectors.toMap(UserView::email, Function.identity(), (a, b) -> a));
        for (String address : mails.keySet()) {
            UserView u = byEmail.get(address);
            assertThat(u.roles()).as(address).containsAnyElementsOf(allowed);
            assertThat(u.enabled()).as(address).isTrue();
        }
        assertThat(mails.keySet()).doesNotContain(retiredReviewer.email(), otherEntity.conductor().email(),
                otherEntity.alta().email());
        switch (kind) {
            case REVIEW_REMINDER -> assertThat(mails.keySet()).contains("sip.revisor@demo.integridad.pe", englishReviewer.email());
            case REVIEW_ESCALATION -> {
                assertThat(mails.keySet()).contains("sip.revisor@demo.integridad.pe", "admin@demo.integridad.pe",
                        englishReviewer.email());
                assertThat(mails.get("admin@demo.integridad.pe").getSubject()).startsWith("ESCALAMIENTO");
                assertThat(mails.get(englishReviewer.email()).getSubject()).startsWith("ESCALATION");
            }
            case CORRECTION_REMINDER -> assertThat(mails.keySet()).containsExactly(team.conductor().email());
            case CORRECTION_ESCALATION -> {
                assertThat(mails.keySet()).containsExactly(team.alta().email());
                assertThat(mails.get(team.alta().email()).getSubject()).startsWith("ESCALAMIENTO");
                assertThat(body(mails.get(team.alta().email())))
                        .contains("/assessments/" + assessmentId + "/observations");
            }
            case FOLLOW_UP_REMINDER -> {
                assertThat(mails.keySet()).containsExactlyInAnyOrder(team.conductor().email(), team.tecnico().email());
                assertThat(body(mails.get(team.tecnico().email())))
                        .contains("/assessments/" + assessmentId + "/follow-up");
            }
            case FOLLOW_UP_ESCALATION -> {
                assertThat(mails.keySet()).containsExactlyInAnyOrder(team.conductor().email(), team.alta().email());
                assertThat(mails.get(team.alta().email()).getSubject()).startsWith("ESCALAMIENTO: reporte de avance");
            }
        }
    }

    @Test
    void aMailTheServerCouldNotTakeIsSentOnceItIsBackAndOnlyOnce() throws Exception {
        Team team = team();
        SMTP.stop();
        Long assessmentId;
        try {
            assessmentId = assessments.open(team.conductor(), 2025, "Contexto").getId();
            assertThat(jobs.runDue(StepMailJob.NAME)).as("the mail's job failed and waits for its next attempt")
                    .isEqualTo(1);
        } finally {
            SMTP.start();
        }
        assertThat(jobs.runDue(StepMailJob.NAME)).as("not due again yet").isZero();
        String taskId = tasks.openTasks(team.conductor(), assessmentId).get(0).id();

        assertThat(jobs.runNow(StepMailJob.NAME, StepMailJob.key(taskId))).isEqualTo(1);

        assertThat(received(1).keySet()).containsExactly(team.conductor().email());
        assertThat(jobs.runNow(StepMailJob.NAME, StepMailJob.key(taskId))).as("done: nothing left to send").isZero();
    }

    @Test
    void anActionThatRollsBackSendsNothing() throws Exception {
        Team team = team();

        transaction.executeWithoutResult(status -> {
            assessments.open(team.conductor(), 2024, "Se deshace");
            status.setRollbackOnly();
        });
        assertThat(assessments.ofEntity(team.conductor(), team.entityId())).isEmpty();
        // a committed action afterwards: its mail arrives, the rolled-back one never did
        assessments.open(team.conductor(), 2025, "Queda");
        mailJobsRun();

        Map<String, MimeMessage> mails = received(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(mails.get(team.conductor().email()).getSubject()).contains("periodo 2025");
    }

    // ---- helpers ----

    /** What the job executor does on some node: the mail jobs the actions enqueued run. */
    private void mailJobsRun() {
        assertThat(jobs.runDue(StepMailJob.NAME) + jobs.runDue(DeadlineMailJob.NAME)).as("failed mail jobs").isZero();
    }

    private Team team() {
        return Team.create(entities, users, details);
    }

    private void addProcess(AssessmentJourney j) {
        ScopeProcessForm f = new ScopeProcessForm();
        f.setName("Contrataciones");
        f.setPrioritisationReason("Presupuesto alto");
        f.setOwnerUsername(j.team.tecnico().username());
        f.setResponsibleUnit("Logística");
        scope.addProcess(j.team.conductor(), j.assessmentId, f);
    }

    private UserView extraUser(Team team, String suffix, Role role, String locale, boolean enabled) {
        return users.create(form(team.conductor().username().replace("conductor", suffix), team.entityId(), role,
                locale, enabled));
    }

    private UserView extraGlobalUser(String username, Role role, String locale, boolean enabled) {
        return users.create(form(username + "." + System.nanoTime(), null, role, locale, enabled));
    }

    private static UserForm form(String username, Long entityId, Role role, String locale, boolean enabled) {
        UserForm f = new UserForm();
        f.setUsername(username);
        f.setFullName("Persona " + username);
        f.setEmail(username + "@test.integridad.pe");
        f.setEntityId(entityId);
        f.setRoles(EnumSet.of(role));
        f.setLocale(locale);
        f.setEnabled(enabled);
        f.setPassword("secret-" + username);
        return f;
    }

    private String entityName(Team team) {
        return entities.find(team.entityId()).orElseThrow().getName();
    }

    /** Exactly {@code count} mails, one per address. */
    private Map<String, MimeMessage> received(int count) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(WAIT_MS, count)).as("%d mail(s) arrive", count).isTrue();
        MimeMessage[] all = SMTP.getReceivedMessages();
        assertThat(all).as("mails received").hasSize(count);
        return byRecipient(all);
    }

    private Map<String, MimeMessage> receivedAtLeast(int count) throws Exception {
        assertThat(SMTP.waitForIncomingEmail(WAIT_MS, count)).isTrue();
        return byRecipient(SMTP.getReceivedMessages());
    }

    private static Map<String, MimeMessage> byRecipient(MimeMessage[] all) throws Exception {
        List<String> to = Arrays.stream(all).map(NotificationMailTest::recipient).toList();
        assertThat(to).as("one mail per person").doesNotHaveDuplicates();
        return Arrays.stream(all).collect(Collectors.toMap(NotificationMailTest::recipient, Function.identity()));
    }

    private static String recipient(MimeMessage m) {
        try {
            Address[] to = m.getAllRecipients();
            assertThat(to).hasSize(1);
            return to[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }
}
