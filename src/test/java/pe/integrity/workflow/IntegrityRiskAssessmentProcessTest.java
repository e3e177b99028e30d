package pe.integrity.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pe.integrity.workflow.AssessmentProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ChangeStatus;
import pe.integrity.assessment.ClosingForm;
import pe.integrity.assessment.ClosingRating;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Gap;
import pe.integrity.assessment.InternalDecision;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.NextPeriod;
import pe.integrity.assessment.ProgressForm;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.StepIncompleteException;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Team;

/**
 * Every path of bpmn/integrity-risk-assessment.bpmn on PostgreSQL, driven through the same use cases and
 * task service the screens call. Once all its tests have run, the class fails if any flow node was never visited by them.
 */
@IntegrationTest
@RecordApplicationEvents
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrityRiskAssessmentProcessTest {

    private static final Set<String> STARTED = new HashSet<>();
    private static final Set<String> RAN = new HashSet<>();

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired Assessments assessments;
    @Autowired ScopeEditing scope;
    @Autowired RiskIdentification identification;
    @Autowired RiskEvaluation evaluation;
    @Autowired TreatmentPlanning treatment;
    @Autowired WorkflowTasks tasks;
    @Autowired ScoringSchemes schemes;
    @Autowired FollowUpReporting followUp;
    @Autowired NextPeriod nextPeriod;
    @Autowired ClosingRating closing;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    Scenario scenario(int year) {
        Scenario s = new Scenario(
                Team.create(entities, users, details),
                new Scenario.Services(assessments, scope, identification, evaluation, treatment, tasks, schemes));
        Assessment a = s.open(year);
        STARTED.add(a.getProcessInstanceId());
        return s;
    }

    /** One process in scope, every risk severe and treated, approved inside and by SIP, its register published. */
    Scenario approvedAndPublished(int year) {
        Scenario s = scenario(year);
        s.scopeApproved("Contrataciones");
        s.identifyAll();
        s.evaluateAllSevere();
        s.complete(s.team.conductor(), EVALUATE_RISKS, null, null);
        s.treatAll();
        s.complete(s.team.conductor(), PLAN_TREATMENT, null, null);
        s.complete(s.team.alta(), APPROVE_ASSESSMENT, InternalDecision.APPROVE, null);
        completeReview(s, "APPROVED");
        executeJob(processInstance(s), PUBLISH_REGISTER);
        return s;
    }

    String processInstance(Scenario s) {
        return assessments.find(s.assessmentId).getProcessInstanceId();
    }

    AssessmentStage stage(Scenario s) {
        return assessments.find(s.assessmentId).getStage();
    }

    List<AssessmentEvent.Type> journal(Scenario s) {
        return assessments.journal(s.team.conductor(), s.assessmentId).stream()
                .map(AssessmentEvent::getType)
                .toList();
    }

    void executeJob(String processInstanceId, String activityId) {
        Job job = management.createJobQuery()
                .processInstanceId(processInstanceId)
                .activityId(activityId)
                .singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    @Test
    @Order(1)
    void happyPathEndsInFollowUpWithOneSubmission() {
        Scenario s = scenario(2025);
        assertThat(stage(s)).isEqualTo(AssessmentStage.PREPARATION);
        s.scopeApproved("Contrataciones", "Recursos humanos");
        assertThat(s.tasks(s.team.tecnico(), IDENTIFY_RISKS)).hasSize(2);
        assertThat(stage(s)).isEqualTo(AssessmentStage.IDENTIFICATION);

        s.upToSipReview();
        assertThat(stage(s)).isEqualTo(AssessmentStage.SIP_REVIEW);
        TaskView review = tasks.inbox(sipReviewer()).stream()
                .filter(t -> s.assessmentId.equals(t.assessmentId()))
                .findFirst()
                .orElseThrow();
        assertThat(review.due()).isNotNull();
        tasks.complete(sipReviewer(), review.id(), new StepDecision("APPROVED", null));
        executeJob(processInstance(s), PUBLISH_REGISTER);

        BpmnAwareTests.assertThat(BpmnAwareTests.processInstanceQuery().processInstanceId(processInstance(s)).singleResult())
                .isWaitingAt(TIMER_NEXT_REPORT)
                .hasPassed(SUBMIT_TO_SIP, REVIEW_SUBMISSION, PUBLISH_REGISTER);
        assertThat(stage(s)).isEqualTo(AssessmentStage.FOLLOW_UP);
        assertThat(assessments.find(s.assessmentId).getSubmissionRound()).isEqualTo(1);
        assertThat(journal(s)).containsSubsequence(
                AssessmentEvent.Type.OPENED, AssessmentEvent.Type.SCOPE_SUBMITTED, AssessmentEvent.Type.SCOPE_APPROVED,
                AssessmentEvent.Type.IDENTIFICATION_DONE, AssessmentEvent.Type.EVALUATION_DONE,
                AssessmentEvent.Type.TREATMENT_DONE, AssessmentEvent.Type.APPROVED_INTERNALLY,
                AssessmentEvent.Type.SUBMITTED_TO_SIP, AssessmentEvent.Type.SIP_APPROVED);
        assertThat(events.stream(pe.integrity.assessment.AssessmentApproved.class)
                        .filter(e -> e.assessmentId().equals(s.assessmentId)))
                .hasSize(1);
    }

    @Test
    @Order(2)
    void scopeReturnedGoesBackToPreparationAndNeedsAComment() {
        Scenario s = scenario(2025);
        s.addProcess("Contrataciones");
        s.complete(s.team.conductor(), PREPARE_SCOPE, null, null);
        String approveScope = s.task(s.team.alta(), APPROVE_SCOPE).id();

        assertThatThrownBy(() -> tasks.complete(s.team.alta(), approveScope, new StepDecision("RETURN", " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(s.tasks(s.team.alta(), APPROVE_SCOPE)).hasSize(1);

        tasks.complete(s.team.alta(), approveScope, new StepDecision("RETURN", "Falta el proceso de RR.HH."));
        assertThat(s.tasks(s.team.conductor(), PREPARE_SCOPE)).hasSize(1);
        assertThat(stage(s)).isEqualTo(AssessmentStage.PREPARATION);
        assertThat(journal(s)).contains(AssessmentEvent.Type.SCOPE_RETURNED);
        assertThat(assessments.journal(s.team.conductor(), s.assessmentId).stream()
                        .filter(e -> e.getType() == AssessmentEvent.Type.SCOPE_RETURNED)
                        .map(AssessmentEvent::getComment))
                .containsExactly("Falta el proceso de RR.HH.");
    }

    @ParameterizedTest
    @Order(3)
    @CsvSource({
        "RETURN_TO_IDENTIFICATION, Task_IdentifyRisks, IDENTIFICATION",
        "RETURN_TO_EVALUATION, Task_EvaluateRisks, EVALUATION",
        "RETURN_TO_TREATMENT, Task_PlanTreatment, TREATMENT"
    })
    void internalApprovalReturnsToTheStageItNames(InternalDecision outcome, String expectedTask, AssessmentStage expectedStage) {
        Scenario s = scenario(2025);
        s.scopeApproved("Contrataciones", "Servicios públicos");
        s.identifyAll();
        s.evaluateAllSevere();
        s.complete(s.team.conductor(), EVALUATE_RISKS, null, null);
        s.treatAll();
        s.complete(s.team.conductor(), PLAN_TREATMENT, null, null);

        s.complete(s.team.alta(), APPROVE_ASSESSMENT, outcome, "Revisar " + expectedStage);

        var waiting = runtime.createExecutionQuery().processInstanceId(processInstance(s)).activityId(expectedTask).list();
        assertThat(waiting).isNotEmpty();
        if (expectedTask.equals(IDENTIFY_RISKS)) {
            assertThat(s.tasks(s.team.tecnico(), IDENTIFY_RISKS)).hasSize(2);
        }
        assertThat(stage(s)).isEqualTo(expectedStage);
        assertThat(journal(s)).contains(AssessmentEvent.Type.RETURNED_INTERNALLY);
    }

    @Test
    @Order(4)
    void sipReturnsTwiceThenApproves() {
        Scenario s = scenario(2025);
        s.scopeApproved("Contrataciones");
        s.upToSipReview();
        for (int round = 1; round <= 2; round++) {
            completeReview(s, "OBSERVED");
            assertThat(stage(s)).isEqualTo(AssessmentStage.CORRECTION);
            s.complete(s.team.conductor(), CORRECT_OBSERVATIONS, null, null);
            s.complete(s.team.alta(), APPROVE_ASSESSMENT, InternalDecision.APPROVE, null);
        }
        completeReview(s, "APPROVED");
        executeJob(processInstance(s), PUBLISH_REGISTER);

        assertThat(assessments.find(s.assessmentId).getSubmissionRound()).isEqualTo(3);
        assertThat(journal(s).stream().filter(t -> t == AssessmentEvent.Type.SIP_OBSERVED)).hasSize(2);
        assertThat(stage(s)).isEqualTo(AssessmentStage.FOLLOW_UP);
    }

    @Test
    @Order(5)
    void reviewTimersRemindBeforeAndEscalateAfterTheDeadline() {
        Date start = Date.from(LocalDate.of(2026, 3, 2).atStartOfDay(ZoneId.systemDefault()).toInstant());
        ClockUtil.setCurrentTime(start);
        Scenario s = scenario(2025);
        s.scopeApproved("Contrataciones");
        s.upToSipReview();
        String pi = processInstance(s);

        Job reminder = timer(pi, TIMER_REVIEW_REMINDER);
        Job deadline = timer(pi, TIMER_REVIEW_DEADLINE);
        assertThat(reminder.getDuedate()).isEqualTo(plusDays(start, 10));
        assertThat(deadline.getDuedate()).isEqualTo(plusDays(start, 15));

        management.executeJob(reminder.getId());
        executeJob(pi, "Task_RemindReviewer");
        management.executeJob(deadline.getId());
        executeJob(pi, "Task_EscalateReview");

        assertThat(notices(s)).containsExactly(DeadlineNotice.Kind.REVIEW_REMINDER, DeadlineNotice.Kind.REVIEW_ESCALATION);
        // non-interrupting: the review is still open after both
        assertThat(tasks.inbox(sipReviewer()).stream().filter(t -> s.assessmentId.equals(t.assessmentId()))).hasSize(1);
    }

    @Test
    @Order(6)
    void correctionTimersRemindTheConductorAndEscalateToAltaDireccion() {
        Date start = Date.from(LocalDate.of(2026, 4, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        ClockUtil.setCurrentTime(start);
        Scenario s = scenario(2025);
        s.scopeApproved("Contrataciones");
        s.upToSipReview();
        completeReview(s, "OBSERVED");
        String pi = processInstance(s);

        Job reminder = timer(pi, TIMER_CORRECTION_REMINDER);
        Job deadline = timer(pi, TIMER_CORRECTION_DEADLINE);
        assertThat(reminder.getDuedate()).isEqualTo(plusDays(start, 15));
        assertThat(deadline.getDuedate()).isEqualTo(plusDays(start, 20));
        management.executeJob(reminder.getId());
        executeJob(pi, "Task_RemindConductor");
        management.executeJob(deadline.getId());
        executeJob(pi, "Task_EscalateCorrection");

        assertThat(notices(s))
                .containsExactly(DeadlineNotice.Kind.CORRECTION_REMINDER, DeadlineNotice.Kind.CORRECTION_ESCALATION);
        assertThat(s.tasks(s.team.conductor(), CORRECT_OBSERVATIONS)).hasSize(1);
    }

    @Test
    @Order(7)
    void theCyclesReportIsRemindedBeforeItsDeadlineAndEscalatedWhenLate() {
        Date start = Date.from(LocalDate.of(2026, 7, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        ClockUtil.setCurrentTime(start);
        Scenario s = approvedAndPublished(2026);
        String pi = processInstance(s);
        executeJob(pi, TIMER_NEXT_REPORT);
        assertThat(s.tasks(s.team.tecnico(), REPORT_PROGRESS)).hasSize(1);

        Job reminder = timer(pi, TIMER_FOLLOW_UP_REPORT_REMINDER);
        Job deadline = timer(pi, TIMER_FOLLOW_UP_REPORT_DEADLINE);
        assertThat(reminder.getDuedate()).isEqualTo(plusDays(start, 20));
        assertThat(deadline.getDuedate()).isEqualTo(plusDays(start, 30));
        management.executeJob(reminder.getId());
        executeJob(pi, "Task_RemindFollowUpReport");
        management.executeJob(deadline.getId());
        executeJob(pi, "Task_EscalateFollowUpReport");

        assertThat(notices(s)).containsExactly(DeadlineNotice.Kind.FOLLOW_UP_REMINDER,
                DeadlineNotice.Kind.FOLLOW_UP_ESCALATION);
        assertThat(s.tasks(s.team.tecnico(), REPORT_PROGRESS)).as("the report is still asked for").hasSize(1);
        s.complete(s.team.tecnico(), REPORT_PROGRESS, null, null);
        assertThat(management.createJobQuery().processInstanceId(pi).timers()
                .activityId(TIMER_FOLLOW_UP_REPORT_DEADLINE).count()).as("the report's timers end with it").isZero();
    }

    @Test
    @Order(7)
    void followUpCycleFlagsOverdueMeasuresAndEndsWithThePeriod() {
        Scenario s = scenario(2024);
        s.scopeApproved("Contrataciones");
        s.identifyAll();
        s.evaluateAllSevere();
        s.complete(s.team.conductor(), EVALUATE_RISKS, null, null);
        // one measure that ended long ago and was never implemented
        for (Risk r : s.risks()) {
            treatment.addMeasure(s.team.conductor(), r.getId(), Scenario.measure(LocalDate.of(2024, 6, 30)));
        }
        s.complete(s.team.conductor(), PLAN_TREATMENT, null, null);
        s.complete(s.team.alta(), APPROVE_ASSESSMENT, InternalDecision.APPROVE, null);
        completeReview(s, "APPROVED");
        String pi = processInstance(s);
        executeJob(pi, PUBLISH_REGISTER);

        // the daily deadline check runs beside the cycle and leaves it where it was, its timer set again
        executeJob(pi, "Timer_MeasureDeadlines");
        executeJob(pi, "Task_NoticeMeasureDeadlines");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi)
                .activityId("End_MeasureDeadlinesNoticed").count()).isEqualTo(1);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi)
                .activityId("Timer_MeasureDeadlines").count()).as("tomorrow's check").isEqualTo(1);
        BpmnAwareTests.assertThat(BpmnAwareTests.processInstanceQuery().processInstanceId(pi).singleResult())
                .isWaitingAt(TIMER_NEXT_REPORT);

        executeJob(pi, TIMER_NEXT_REPORT);
        List<Measure> measures = assessments.measures(s.team.conductor(), s.assessmentId);
        assertThat(measures).isNotEmpty().allMatch(Measure::isOverdue);
        assertThat(runtime.getVariable(pi, "overdueMeasures")).isEqualTo(measures.size());

        s.complete(s.team.tecnico(), REPORT_PROGRESS, null, null);
        BpmnAwareTests.assertThat(BpmnAwareTests.processInstanceQuery().processInstanceId(pi).singleResult())
                .isWaitingAt(TIMER_NEXT_REPORT);

        executeJob(pi, TIMER_PERIOD_END);
        rateAtCloseAndComplete(s);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi).list())
                .extracting(HistoricActivityInstance::getActivityId)
                .contains(CLOSE_PERIOD, END_PERIOD_CLOSED);
        assertThat(stage(s)).isEqualTo(AssessmentStage.CLOSED);
    }

    @Test
    @Order(7)
    void followUpStopsAskingForReportsOnceEveryMeasureIsImplementedAndThePeriodStillCloses() {
        Scenario s = approvedAndPublished(2024);
        String pi = processInstance(s);

        executeJob(pi, TIMER_NEXT_REPORT);
        assertThat(runtime.getVariable(pi, "pendingMeasures")).isEqualTo(
                assessments.measures(s.team.conductor(), s.assessmentId).size());
        for (Measure m : assessments.measures(s.team.conductor(), s.assessmentId)) {
            ProgressForm done = new ProgressForm();
            done.setStatus(MeasureStatus.IMPLEMENTED);
            done.setProgress(100);
            done.setComment("Implementada");
            done.setVersion(m.getVersion());
            followUp.report(s.team.conductor(), m.getId(), done);
        }
        s.complete(s.team.tecnico(), REPORT_PROGRESS, null, null);

        executeJob(pi, TIMER_NEXT_REPORT);
        assertThat(runtime.getVariable(pi, "pendingMeasures")).isEqualTo(0);
        BpmnAwareTests.assertThat(BpmnAwareTests.processInstanceQuery().processInstanceId(pi).singleResult())
                .isWaitingAt(TIMER_AWAIT_PERIOD_END);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi).count())
                .as("no report is asked for when nothing is left to implement").isZero();

        executeJob(pi, TIMER_AWAIT_PERIOD_END);
        rateAtCloseAndComplete(s);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi).list())
                .extracting(HistoricActivityInstance::getActivityId)
                .contains(END_MEASURES_IMPLEMENTED, CLOSE_PERIOD, END_PERIOD_CLOSED)
                .doesNotContain(TIMER_PERIOD_END);
        assertThat(stage(s)).isEqualTo(AssessmentStage.CLOSED);
    }

    /** The period-end step: every risk rated again at close by the Conductor, then the step completed. */
    void rateAtCloseAndComplete(Scenario s) {
        assertThat(stage(s)).isEqualTo(AssessmentStage.CLOSING);
        String rating = schemes.byCode(assessments.find(s.assessmentId).getSchemeCode()).controlRatings().get(0).code();
        for (Risk r : s.risks()) {
            closing.rate(s.team.conductor(), r.getId(), closingForm(r, rating));
        }
        s.complete(s.team.conductor(), RATE_RESIDUAL_AT_CLOSE, null, null);
    }

    static ClosingForm closingForm(Risk r, String rating) {
        ClosingForm f = new ClosingForm();
        f.setControlRating(rating);
        f.setComment("Medidas ejecutadas en el periodo");
        f.setVersion(r.getVersion());
        return f;
    }

    @Test
    @Order(7)
    void atPeriodEndTheConductorRatesTheResidualLevelAtCloseBeforeThePeriodCloses() {
        Scenario s = approvedAndPublished(2024);
        String pi = processInstance(s);
        Scenario other = scenario(2024);
        String rating = schemes.byCode(assessments.find(s.assessmentId).getSchemeCode()).controlRatings().get(0).code();
        Risk first = s.risks().get(0);

        // during follow-up the level at close cannot be rated yet
        assertThatThrownBy(() -> closing.rate(s.team.conductor(), first.getId(), closingForm(first, rating)))
                .isInstanceOf(pe.integrity.assessment.StageClosedException.class);

        executeJob(pi, TIMER_PERIOD_END);
        BpmnAwareTests.assertThat(BpmnAwareTests.processInstanceQuery().processInstanceId(pi).singleResult())
                .isWaitingAt(RATE_RESIDUAL_AT_CLOSE);
        assertThat(stage(s)).isEqualTo(AssessmentStage.CLOSING);
        assertThat(s.tasks(s.team.conductor(), RATE_RESIDUAL_AT_CLOSE)).hasSize(1);
        assertThat(s.tasks(s.team.tecnico(), RATE_RESIDUAL_AT_CLOSE)).isEmpty();

        // the step does not complete while a risk lacks its level at close
        String task = s.task(s.team.conductor(), RATE_RESIDUAL_AT_CLOSE).id();
        assertThatThrownBy(() -> tasks.complete(s.team.conductor(), task, StepDecision.done()))
                .isInstanceOfSatisfying(StepIncompleteException.class, e -> assertThat(e.gaps())
                        .extracting(Gap::code).contains("gap.risk.noClosingResidual"));

        // only this entity's Conductor rates; a rating outside the scheme is refused; nothing is saved
        assertThatThrownBy(() -> closing.rate(s.team.tecnico(), first.getId(), closingForm(first, rating)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> closing.rate(other.team.conductor(), first.getId(), closingForm(first, rating)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> closing.rate(s.team.conductor(), first.getId(), closingForm(first, "INVENTADA")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("controlRating"));
        assertThat(s.risks()).allMatch(r -> r.getClosingResidualLevel() == null);

        rateAtCloseAndComplete(s);
        for (Risk r : s.risks()) {
            assertThat(r.getClosingControlRating()).isEqualTo(rating);
            assertThat(r.getClosingResidualLevel())
                    .isEqualTo(schemes.residual(r.getSchemeCode(), r.getInherentLevel(), rating).code());
            assertThat(r.getResidualLevel()).as("the planned residual level stays").isNotNull();
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(stage(s)).isEqualTo(AssessmentStage.CLOSED);
        assertThat(journal(s)).containsSubsequence(AssessmentEvent.Type.CLOSING_RATED, AssessmentEvent.Type.PERIOD_CLOSED);
    }

    @Test
    @Order(8)
    void nextPeriodStartsAsACopyWithEachRiskMarked() {
        Scenario s = approvedAndPublished(2024);
        List<Risk> previousRisks = s.risks();

        Assessment next = nextPeriod.start(s.team.conductor(), s.assessmentId, 2025);
        STARTED.add(next.getProcessInstanceId());
        assertThat(next.getPreviousAssessmentId()).isEqualTo(s.assessmentId);
        assertThat(next.getStage()).isEqualTo(AssessmentStage.PREPARATION);
        Scenario n = new Scenario(s.team, s.s);
        n.assessmentId = next.getId();
        assertThat(n.risks()).extracting(Risk::getCode)
                .containsExactlyElementsOf(previousRisks.stream().map(Risk::getCode).toList());
        assertThat(n.risks()).allMatch(r -> r.getChangeStatus() == ChangeStatus.UNCHANGED && !r.isEvaluated());

        n.complete(s.team.conductor(), PREPARE_SCOPE, null, null);
        n.complete(s.team.alta(), APPROVE_SCOPE, ScopeDecision.APPROVE, null);
        Risk copied = n.risks().get(0);
        var edit = pe.integrity.assessment.RiskForm.of(copied);
        edit.setCauses("Nueva causa identificada");
        identification.update(s.team.tecnico(), copied.getId(), edit);
        Long processId = copied.getProcess().getId();
        identification.add(s.team.tecnico(), processId, Scenario.riskForm("Fraccionar compras"));
        assertThat(n.risks()).extracting(Risk::getChangeStatus)
                .containsExactlyInAnyOrder(ChangeStatus.CHANGED, ChangeStatus.NEW);
        identification.remove(s.team.tecnico(), copied.getId());
        assertThat(n.risks()).extracting(Risk::getChangeStatus)
                .containsExactlyInAnyOrder(ChangeStatus.REMOVED, ChangeStatus.NEW);
    }

    @Test
    @Order(9)
    void treatmentCannotCompleteWhileAMandatoryRiskLacksAMeasure() {
        Scenario s = scenario(2025);
        s.scopeApproved("Contrataciones");
        s.identifyAll();
        s.evaluateAllSevere();
        s.complete(s.team.conductor(), EVALUATE_RISKS, null, null);
        String plan = s.task(s.team.conductor(), PLAN_TREATMENT).id();

        assertThatThrownBy(() -> tasks.complete(s.team.conductor(), plan, StepDecision.done()))
                .isInstanceOfSatisfying(StepIncompleteException.class, e -> assertThat(e.gaps())
                        .extracting(Gap::code, Gap::subject)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("gap.risk.noMeasure", "R-01")));
        assertThat(s.tasks(s.team.conductor(), PLAN_TREATMENT)).hasSize(1);
        assertThat(stage(s)).isEqualTo(AssessmentStage.TREATMENT);
    }

    @Test
    @Order(10)
    void tasksAreInvisibleAndUncompletableForOtherEntitiesAndOtherRoles() {
        Scenario a = scenario(2025);
        Scenario b = scenario(2025);
        String prepareA = a.task(a.team.conductor(), PREPARE_SCOPE).id();

        assertThat(tasks.inbox(b.team.conductor())).noneMatch(t -> a.assessmentId.equals(t.assessmentId()));
        assertThatThrownBy(() -> tasks.complete(b.team.conductor(), prepareA, StepDecision.done()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.complete(a.team.alta(), prepareA, StepDecision.done()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.complete(auditor(), prepareA, StepDecision.done()))
                .isInstanceOf(AccessDeniedException.class);

        a.addProcess("Contrataciones");
        tasks.complete(a.team.conductor(), prepareA, StepDecision.done());
        assertThatThrownBy(() -> tasks.complete(a.team.conductor(), prepareA, StepDecision.done()))
                .isInstanceOf(TaskGoneException.class);
    }

    @Test
    @Order(11)
    void twoPeopleCompletingTheSameTaskAtOnceYieldOneCompletion() throws Exception {
        Scenario s = scenario(2025);
        s.addProcess("Contrataciones");
        s.complete(s.team.conductor(), PREPARE_SCOPE, null, null);
        String approve = s.task(s.team.alta(), APPROVE_SCOPE).id();
        // a second Alta Dirección member of the same entity
        pe.integrity.organisation.UserForm f = new pe.integrity.organisation.UserForm();
        f.setUsername(s.team.alta().username() + ".2");
        f.setFullName("Segunda Alta Dirección");
        f.setEmail("alta2." + s.team.entityId() + "@test.integridad.pe");
        f.setEntityId(s.team.entityId());
        f.setRoles(java.util.EnumSet.of(pe.integrity.organisation.Role.ALTA_DIRECCION));
        f.setPassword("secret-alta-2");
        users.create(f);
        var second = (pe.integrity.organisation.CurrentUser) details.loadUserByUsername(f.getUsername());

        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> results = new ArrayList<>();
            for (var who : List.of(s.team.alta(), second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        tasks.complete(who, approve, new StepDecision("APPROVE", null));
                        return "done";
                    } catch (TaskGoneException e) {
                        return "gone";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (var r : results) {
                outcomes.add(r.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("done", "gone");
        } finally {
            pool.shutdownNow();
        }
        assertThat(journal(s).stream().filter(t -> t == AssessmentEvent.Type.SCOPE_APPROVED)).hasSize(1);
        assertThat(s.tasks(s.team.tecnico(), IDENTIFY_RISKS)).hasSize(1);
    }

    @AfterEach
    void noteThatItRan(TestInfo test) {
        test.getTestMethod().ifPresent(m -> RAN.add(m.getName()));
    }

    /**
     * Process coverage of the class: once every test of this class has run (in any order), every flow node of the
     * deployed process was visited by their instances. A single test run alone says nothing about coverage, so the
     * check then stands aside.
     */
    @AfterAll
    static void everyFlowNodeWasVisitedByTheTestsOfThisClass(@Autowired ProcessEngine engine) {
        Set<String> declared = java.util.Arrays.stream(IntegrityRiskAssessmentProcessTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class))
                .map(java.lang.reflect.Method::getName)
                .collect(Collectors.toSet());
        if (!RAN.containsAll(declared)) {
            return;
        }
        RepositoryService repository = engine.getRepositoryService();
        BpmnModelInstance model = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                .processDefinitionKey(KEY)
                .latestVersion()
                .singleResult()
                .getId());
        Set<String> missing = model.getModelElementsByType(FlowNode.class).stream()
                .map(FlowNode::getId)
                .collect(Collectors.toCollection(HashSet::new));
        for (String pi : new ArrayList<>(STARTED)) {
            engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi).list().stream()
                    .map(HistoricActivityInstance::getActivityId)
                    .forEach(missing::remove);
        }
        assertThat(missing).as("flow nodes never visited by the tests of this class").isEmpty();
    }

    private void completeReview(Scenario s, String decision) {
        TaskView review = tasks.inbox(sipReviewer()).stream()
                .filter(t -> s.assessmentId.equals(t.assessmentId()))
                .findFirst()
                .orElseThrow();
        tasks.complete(sipReviewer(), review.id(), new StepDecision(decision, "Observaciones de la SIP"));
    }

    private Job timer(String pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi).timers().activityId(activityId).singleResult();
    }

    private List<DeadlineNotice.Kind> notices(Scenario s) {
        return events.stream(DeadlineNotice.class)
                .filter(n -> n.assessmentId().equals(s.assessmentId))
                .map(DeadlineNotice::kind)
                .toList();
    }

    private static Date plusDays(Date d, int days) {
        return Date.from(d.toInstant().plusSeconds(days * 86400L));
    }

    private pe.integrity.organisation.CurrentUser sipReviewer() {
        return (pe.integrity.organisation.CurrentUser) details.loadUserByUsername("sip.revisor");
    }

    private pe.integrity.organisation.CurrentUser auditor() {
        return (pe.integrity.organisation.CurrentUser) details.loadUserByUsername("auditor");
    }
}
