package pe.integrity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.SipDecision;
import pe.integrity.assessment.StageClosedException;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.review.SubmissionDiff.Change;
import pe.integrity.review.SubmissionDiff.FieldChange;
import pe.integrity.review.SubmissionDiff.Kind;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.IntegrationTest;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.ReviewSteps;
import pe.integrity.workflow.TaskGoneException;
import pe.integrity.workflow.TaskView;
import pe.integrity.workflow.WorkflowTasks;

/** SIP's decision paths, the observations they leave and what the resubmission shows as changed. */
@IntegrationTest
class SipReviewTest {

    @Autowired ApplicationContext ctx;
    @Autowired ReviewSteps review;
    @Autowired SipReview sipReview;
    @Autowired Observations observations;
    @Autowired Submissions submissions;
    @Autowired Assessments assessments;
    @Autowired WorkflowTasks tasks;
    @Autowired RiskIdentification identification;
    @Autowired TreatmentPlanning treatment;
    @Autowired UserDetailsService details;

    @Test
    void approvingClosesTheReviewWithoutObservations() {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        String task = j.reviewTask(sip()).id();
        assertThat(pendingReviews()).contains(task);

        review.decide(sip(), task, SipDecision.APPROVED, List.of());

        assertThat(pendingReviews()).doesNotContain(task);
        assertThat(journal(j)).endsWith(AssessmentEvent.Type.SIP_APPROVED);
        assertThat(observations.ofAssessment(sip(), j.assessmentId)).isEmpty();
        assertThatThrownBy(() -> review.decide(sip(), task, SipDecision.APPROVED, List.of()))
                .isInstanceOf(TaskGoneException.class);
    }

    @Test
    void observingSavesObservationsOnTheRiskAndTheMeasureAndReturnsTheAssessment() {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        Risk risk = j.risks().get(0);
        Measure measure = j.measures().get(0);

        review.decide(sip(), j.reviewTask(sip()).id(), SipDecision.OBSERVED, List.of(
                ObservationForm.onRisk(risk.getId(), "  Precise el actor interno del riesgo.  "),
                ObservationForm.onMeasure(measure.getId(), "El indicador no es medible."),
                ObservationForm.onAssessment("Falta el proceso de recursos humanos.")));

        List<ObservationView> saved = observations.ofAssessment(j.team.conductor(), j.assessmentId);
        assertThat(saved)
                .extracting(ObservationView::round, ObservationView::targetType, ObservationView::targetId,
                        ObservationView::text, ObservationView::authorName, ObservationView::resolved)
                .containsExactly(
                        tuple(1, ObservationTarget.RISK, risk.getId(), "Precise el actor interno del riesgo.",
                                sip().fullName(), false),
                        tuple(1, ObservationTarget.MEASURE, measure.getId(), "El indicador no es medible.",
                                sip().fullName(), false),
                        tuple(1, ObservationTarget.ASSESSMENT, null, "Falta el proceso de recursos humanos.",
                                sip().fullName(), false));
        assertThat(saved.get(0).targetLabel()).isEqualTo(risk.getCode());
        assertThat(saved.get(1).targetLabel()).startsWith(risk.getCode() + " · ");
        assertThat(saved.get(0).processId()).isEqualTo(risk.getProcess().getId());
        assertThat(j.assessment().getStage()).isEqualTo(AssessmentStage.CORRECTION);
        assertThat(j.tasks(j.team.conductor(), AssessmentProcess.CORRECT_OBSERVATIONS)).hasSize(1);
        assertThat(journal(j)).endsWith(AssessmentEvent.Type.SIP_OBSERVED);
    }

    @Test
    void observingWithoutAnObservationIsRefusedAndChangesNothing() {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        String task = j.reviewTask(sip()).id();

        assertThatThrownBy(() -> review.decide(sip(), task, SipDecision.OBSERVED, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("review.observations.required"));

        assertThat(observations.ofAssessment(sip(), j.assessmentId)).isEmpty();
        assertThat(j.reviewTask(sip()).id()).isEqualTo(task);
        assertThat(j.assessment().getStage()).isEqualTo(AssessmentStage.SIP_REVIEW);
        assertThat(journal(j)).endsWith(AssessmentEvent.Type.SUBMITTED_TO_SIP);
    }

    @Test
    void oneBadObservationRefusesTheWholeDecision() {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        AssessmentJourney other = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        String task = j.reviewTask(sip()).id();
        Long foreignRisk = other.risks().get(0).getId();

        assertThatThrownBy(() -> review.decide(sip(), task, SipDecision.OBSERVED, List.of(
                        ObservationForm.onAssessment("Válida"),
                        ObservationForm.onRisk(foreignRisk, "Riesgo de otra entidad"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("observations[1].target");
                    assertThat(e.code()).isEqualTo("review.observation.target.unknown");
                });
        assertThatThrownBy(() -> review.decide(sip(), task, SipDecision.OBSERVED, List.of(
                        ObservationForm.onAssessment("Válida"), ObservationForm.onAssessment("x".repeat(4001)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("review.observation.text.tooLong"));
        assertThatThrownBy(() -> review.decide(sip(), task, SipDecision.OBSERVED,
                        List.of(ObservationForm.onRisk(j.risks().get(0).getId(), "   "))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("review.observation.text.required"));

        assertThat(observations.ofAssessment(sip(), j.assessmentId)).isEmpty();
        assertThat(j.reviewTask(sip()).id()).isEqualTo(task);
    }

    @Test
    void aDecisionOnAReviewSomeoneElseDecidedMeanwhileSavesNothing() {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        String task = j.reviewTask(sip()).id();
        review.decide(sip(), task, SipDecision.APPROVED, List.of());

        assertThatThrownBy(() -> review.decide(sip(), task, SipDecision.OBSERVED,
                        List.of(ObservationForm.onAssessment("Llega tarde."))))
                .isInstanceOf(TaskGoneException.class);
        assertThat(observations.ofAssessment(sip(), j.assessmentId)).isEmpty();
        assertThat(journal(j)).endsWith(AssessmentEvent.Type.SIP_APPROVED);
    }

    @Test
    void theDecisionIsRefusedOnAnAssessmentSipIsNotReviewing() {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        review.decide(sip(), j.reviewTask(sip()).id(), SipDecision.OBSERVED,
                List.of(ObservationForm.onAssessment("Complete el contexto.")));

        assertThatThrownBy(() -> sipReview.decide(sip(), j.assessmentId, SipDecision.OBSERVED,
                        List.of(ObservationForm.onAssessment("Otra vez."))))
                .isInstanceOf(StageClosedException.class);
        assertThat(observations.ofAssessment(sip(), j.assessmentId)).hasSize(1);
    }

    @Test
    void onlySipReviewersDecide() {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        String task = j.reviewTask(sip()).id();

        for (CurrentUser user : List.of(j.team.conductor(), j.team.alta(), user("auditor"), user("admin"))) {
            assertThatThrownBy(() -> review.decide(user, task, SipDecision.APPROVED, List.of()))
                    .as(user.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(j.reviewTask(sip()).id()).isEqualTo(task);
    }

    @Test
    void theResubmissionShowsTheChangedRiskFieldAndTheNewMeasure() {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        Risk risk = j.risks().get(0);
        assertThat(submissions.diff(sip(), j.assessmentId, 1)).as("first submission").isEmpty();
        review.decide(sip(), j.reviewTask(sip()).id(), SipDecision.OBSERVED,
                List.of(ObservationForm.onRisk(risk.getId(), "Las causas son genéricas.")));

        // the Conductor corrects: sharper causes, one more measure
        RiskForm edit = RiskForm.of(risk);
        edit.setCauses("Un solo servidor decide el requerimiento sin revisión");
        identification.update(j.team.conductor(), risk.getId(), edit);
        treatment.addMeasure(j.team.conductor(), risk.getId(), AssessmentJourney.measure("Rotar a los miembros del comité"));
        j.resubmit();

        assertThat(j.assessment().getSubmissionRound()).isEqualTo(2);
        SubmissionDiff diff = submissions.diff(sip(), j.assessmentId, 2).orElseThrow();
        assertThat(diff.risks()).extracting(Change::kind, Change::label).containsExactly(tuple(Kind.CHANGED, risk.getCode()));
        assertThat(diff.risks().get(0).fields())
                .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("causes", "Discrecionalidad", "Un solo servidor decide el requerimiento sin revisión"));
        assertThat(diff.measures()).extracting(Change::kind, Change::label)
                .containsExactly(tuple(Kind.NEW, risk.getCode() + " · Rotar a los miembros del comité"));
    }

    @Test
    void theConductorMarksObservationsResolvedOnlyWhileCorrecting() {
        AssessmentJourney j = AssessmentJourney.open(ctx, 2025).toSipReview("Contrataciones");
        review.decide(sip(), j.reviewTask(sip()).id(), SipDecision.OBSERVED,
                List.of(ObservationForm.onAssessment("Complete el contexto.")));
        Long id = observations.ofAssessment(sip(), j.assessmentId).get(0).id();

        assertThatThrownBy(() -> observations.resolve(j.team.alta(), j.assessmentId, id, true))
                .isInstanceOf(AccessDeniedException.class);
        observations.resolve(j.team.conductor(), j.assessmentId, id, true);
        ObservationView resolved = observations.ofAssessment(sip(), j.assessmentId).get(0);
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.resolvedBy()).isEqualTo(j.team.conductor().username());

        j.resubmit();
        assertThatThrownBy(() -> observations.resolve(j.team.conductor(), j.assessmentId, id, false))
                .isInstanceOf(StageClosedException.class);
        assertThat(observations.ofAssessment(sip(), j.assessmentId).get(0).resolved()).isTrue();
    }

    /** SIP's queue: the open review tasks. */
    private List<String> pendingReviews() {
        return tasks.inbox(sip()).stream()
                .filter(t -> AssessmentProcess.REVIEW_SUBMISSION.equals(t.key()))
                .map(TaskView::id)
                .toList();
    }

    private List<AssessmentEvent.Type> journal(AssessmentJourney j) {
        return assessments.journal(j.team.conductor(), j.assessmentId).stream().map(AssessmentEvent::getType).toList();
    }

    private CurrentUser sip() {
        return user("sip.revisor");
    }

    private CurrentUser user(String username) {
        return (CurrentUser) details.loadUserByUsername(username);
    }
}
