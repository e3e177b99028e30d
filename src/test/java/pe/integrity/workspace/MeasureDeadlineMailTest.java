package pe.integrity.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.MeasureForm;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.DurableJobs;

/**
 * Follow-up's daily deadline check, with the engine's clock moved: 30 days before its end date a measure's
 * responsible user is told once, and again when it is overdue; a measure whose person is not a user is
 * answered for by the Conductor. Mail is caught by an in-process SMTP server (GreenMail).
 */
@IntegrationTest
@TestPropertySource(properties = {"app.mail.delivery=smtp", "spring.mail.port=32533"})
class MeasureDeadlineMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(32533, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withPerMethodLifecycle(false);

    static final String DEADLINE_CHECK = "Timer_MeasureDeadlines";
    static final String NOTICE_TASK = "Task_NoticeMeasureDeadlines";

    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired TreatmentPlanning treatment;
    @Autowired ManagementService management;
    @Autowired DurableJobs jobs;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theOwnerIsToldOnceBeforeTheEndDateAndOnceWhenOverdueAndTheConductorForAPersonWithoutUser()
            throws Exception {
        Walks walks = new Walks(context);
        Walks.Crew crew = walks.crew();
        CurrentUser conductor = crew.team().conductor();
        CurrentUser owner = crew.otherTecnico();
        Long id = walks.at(crew, 2025, AssessmentStage.TREATMENT);
        Risk risk = assessments.risks(conductor, id).get(0);
        LocalDate end = LocalDate.now().plusMonths(2);
        MeasureForm mine = Walks.measure(end);
        mine.setDescription("Capacitar al comité");
        mine.setResponsibleUsername(owner.username());
        mine.setResponsiblePerson(null);
        treatment.addMeasure(conductor, risk.getId(), mine);
        // the walk adds one more measure, ending in six months, whose person is a name only
        walks.advance(crew, id, AssessmentStage.FOLLOW_UP);
        SMTP.purgeEmailFromAllMailboxes();

        checkDeadlinesOn(id, end.minusDays(40));
        assertThat(SMTP.getReceivedMessages()).as("nothing due within 30 days yet").isEmpty();

        checkDeadlinesOn(id, end.minusDays(20));
        assertThat(mailTo(owner.username())).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("Medida por vencer");
            assertThat(GreenMailUtil.getBody(m)).contains("Capacitar al comit", "/my-measures");
        });
        checkDeadlinesOn(id, end.minusDays(19));
        assertThat(mailTo(owner.username())).as("told once").hasSize(1);

        checkDeadlinesOn(id, end.plusDays(1));
        assertThat(mailTo(owner.username())).hasSize(2).last()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Medida vencida"));
        assertThat(mailTo(conductor.username())).as("the other measure is not due yet").isEmpty();

        checkDeadlinesOn(id, LocalDate.now().plusMonths(6).minusDays(10));
        assertThat(mailTo(conductor.username())).as("a person without a user: the Conductor is told")
                .singleElement().satisfies(m -> assertThat(m.getSubject()).startsWith("Medida por vencer"));
        assertThat(mailTo(owner.username())).as("nothing new for the owner").hasSize(2);
    }

    /** Moves the engine's clock to the day, fires the daily check's timer and runs the check it starts. */
    private void checkDeadlinesOn(Long id, LocalDate day) throws Exception {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
        String pi = assessments.find(id).getProcessInstanceId();
        Job timer = management.createJobQuery().processInstanceId(pi).activityId(DEADLINE_CHECK).singleResult();
        management.executeJob(timer.getId());
        for (Job notice : management.createJobQuery().processInstanceId(pi).activityId(NOTICE_TASK).list()) {
            management.executeJob(notice.getId());
        }
        jobs.runDue("measure-deadline-mail");
        SMTP.waitForIncomingEmail(500, 1);
    }

    private List<MimeMessage> mailTo(String username) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().startsWith(username + "@"));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
