package pe.integrity.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pe.integrity.workflow.AssessmentProcess.*;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeDecision;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Team;
import pe.integrity.workflow.StepStatus.State;

/** The task list's states come from the engine: not started, in progress, done (by whom), returned. */
@IntegrationTest
class WorkflowStepsTest {

    @Autowired WorkflowSteps steps;
    @Autowired Assessments assessments;
    @Autowired ScopeEditing scope;
    @Autowired RiskIdentification identification;
    @Autowired RiskEvaluation evaluation;
    @Autowired TreatmentPlanning treatment;
    @Autowired WorkflowTasks tasks;
    @Autowired ScoringSchemes schemes;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;

    Scenario scenario() {
        Scenario s = new Scenario(Team.create(entities, users, details),
                new Scenario.Services(assessments, scope, identification, evaluation, treatment, tasks, schemes));
        s.open(2025);
        return s;
    }

    Map<String, StepStatus> byKey(CurrentUser user, Long assessmentId) {
        return steps.steps(user, assessmentId).stream().collect(Collectors.toMap(StepStatus::key, Function.identity()));
    }

    @Test
    void aFreshAssessmentHasPreparationInProgressAndEveryOtherStepNotStarted() {
        Scenario s = scenario();
        List<StepStatus> list = steps.steps(s.team.conductor(), s.assessmentId);

        assertThat(list).extracting(StepStatus::key).containsExactlyElementsOf(STEPS.keySet());
        assertThat(list.get(0).state()).isEqualTo(State.IN_PROGRESS);
        assertThat(list.get(0).holders()).containsExactly(Role.CONDUCTOR);
        assertThat(list.subList(1, list.size())).allMatch(st -> st.state() == State.NOT_STARTED);
        assertThat(byKey(s.team.conductor(), s.assessmentId).get(IDENTIFY_RISKS).holders())
                .containsExactlyInAnyOrder(Role.TECNICO, Role.CONDUCTOR);
        assertThat(byKey(s.team.conductor(), s.assessmentId).get(REVIEW_SUBMISSION).holders())
                .containsExactly(Role.SIP_REVIEWER);
    }

    @Test
    void aReturnedScopeShowsPreparationReturnedAndApprovalDoneByAltaDireccion() {
        Scenario s = scenario();
        s.addProcess("Contrataciones");
        s.complete(s.team.conductor(), PREPARE_SCOPE, null, null);
        assertThat(byKey(s.team.alta(), s.assessmentId).get(PREPARE_SCOPE).state()).isEqualTo(State.DONE);
        assertThat(byKey(s.team.alta(), s.assessmentId).get(PREPARE_SCOPE).completedBy())
                .isEqualTo(s.team.conductor().username());

        s.complete(s.team.alta(), APPROVE_SCOPE, ScopeDecision.RETURN, "Falta Recursos Humanos");
        Map<String, StepStatus> after = byKey(s.team.consultivo(), s.assessmentId);

        assertThat(after.get(PREPARE_SCOPE).state()).isEqualTo(State.RETURNED);
        assertThat(after.get(APPROVE_SCOPE).state()).isEqualTo(State.DONE);
        assertThat(after.get(APPROVE_SCOPE).completedBy()).isEqualTo(s.team.alta().username());
        assertThat(after.get(APPROVE_SCOPE).completedAt()).isNotNull();
    }

    @Test
    void parallelIdentificationIsInProgressUntilTheLastProcessIsDoneNeverReturned() {
        Scenario s = scenario();
        s.scopeApproved("Contrataciones", "Recursos humanos");
        List<TaskView> identify = s.tasks(s.team.tecnico(), IDENTIFY_RISKS);
        s.addStageAndRisk(s.team.tecnico(), identify.get(0).processInScopeId());
        tasks.complete(s.team.tecnico(), identify.get(0).id(), StepDecision.done());

        StepStatus step = byKey(s.team.conductor(), s.assessmentId).get(IDENTIFY_RISKS);
        assertThat(step.state()).isEqualTo(State.IN_PROGRESS);
        assertThat(step.open()).extracting(StepStatus.OpenTask::processInScopeId)
                .containsExactly(identify.get(1).processInScopeId());
    }

    @Test
    void onlyPeopleWhoMayReadTheAssessmentSeeItsSteps() {
        Scenario s = scenario();
        CurrentUser outsider = (CurrentUser) details.loadUserByUsername("conductor.miraflores");
        assertThatThrownBy(() -> steps.steps(outsider, s.assessmentId)).isInstanceOf(AccessDeniedException.class);
        assertThat(steps.steps((CurrentUser) details.loadUserByUsername("auditor"), s.assessmentId)).isNotEmpty();
    }
}
