package pe.integrity.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.time.Clock;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.AssessmentSubmitted;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskForm;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.ScopeEditing;
import pe.integrity.assessment.ScopeProcessForm;
import pe.integrity.assessment.StageForm;
import pe.integrity.catalog.ScoringTables;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.review.SubmissionDiff.Kind;
import pe.integrity.support.AssessmentJourney;
import pe.integrity.support.Team;

/**
 * The event flow between the assessment and review modules, with only these modules and the ones they depend
 * on started (no workflow, no screens, no demo data): a submission to SIP, published by the assessment as
 * {@link AssessmentSubmitted}, leaves review a snapshot of the submitted risks, and the next submission's
 * snapshot compares with it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class SubmissionSnapshotModuleTest {

    /**
     * Two beans the started modules need from the workflow module, which is not started: the application's clock
     * (workflow's {@code EngineClock}; here the system's) and the scoring port, which workflow implements on the
     * engine's DMN tables. The engine itself runs (Camunda's auto-configuration deploys the tables), and the
     * real adapter is made here; it is internal to workflow, hence the reflection.
     */
    @TestConfiguration
    static class FromWorkflow {
        @Bean
        Clock clock() {
            return Clock.systemDefaultZone();
        }

        @Bean
        ScoringTables scoringTables(RepositoryService repository, DecisionService decisions,
                PlatformTransactionManager transactions) throws ReflectiveOperationException {
            Constructor<?> adapter = Class.forName("pe.integrity.workflow.DmnScoringTables")
                    .getDeclaredConstructor(RepositoryService.class, DecisionService.class, PlatformTransactionManager.class);
            adapter.setAccessible(true);
            return (ScoringTables) adapter.newInstance(repository, decisions, transactions);
        }
    }

    @Autowired Assessments assessments;
    @Autowired ScopeEditing scope;
    @Autowired RiskIdentification identification;
    @Autowired Submissions submissions;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;

    @Test
    void eachSubmissionLeavesASnapshotAndTheNextComparesWithIt(Scenario scenario) {
        Team team = Team.create(entities, users, details);
        Assessment a = assessments.open(team.conductor(), 2025, "Contexto del módulo");
        Long id = a.getId();
        ScopeProcessForm process = new ScopeProcessForm();
        process.setName("Contrataciones");
        process.setPrioritisationReason("Presupuesto alto");
        process.setOwnerUsername(team.tecnico().username());
        process.setResponsibleUnit("Logística");
        ProcessInScope p = scope.addProcess(team.conductor(), id, process);
        // the engine moves the stage in the application; here the module test does it, as the delegate would
        assessments.moveTo(id, AssessmentStage.IDENTIFICATION);
        StageForm stage = new StageForm();
        stage.setName("Selección");
        stage.setResponsibleUnit("Logística");
        scope.addStage(team.tecnico(), p.getId(), stage);
        RiskForm form = AssessmentJourney.riskForm("Direccionar la selección a un postor");
        Risk risk = identification.add(team.tecnico(), p.getId(), form);

        assertThat(submissions.hasSnapshot(id, 1)).isFalse();
        scenario.stimulate(() -> assessments.submitToSip(id, team.alta().username(), "Alta Dirección"))
                .andWaitForEventOfType(AssessmentSubmitted.class)
                .matching(e -> e.assessmentId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.round()).isEqualTo(1);
                    assertThat(submissions.hasSnapshot(id, 1)).isTrue();
                });

        RiskForm edit = RiskForm.of(assessments.risksOf(id).get(0));
        edit.setCauses("Discrecionalidad y urgencia");
        identification.update(team.tecnico(), risk.getId(), edit);
        scenario.stimulate(() -> assessments.submitToSip(id, team.alta().username(), "Alta Dirección"))
                .andWaitForEventOfType(AssessmentSubmitted.class)
                .matching(e -> e.assessmentId().equals(id) && e.round() == 2)
                .toArriveAndVerify(e -> {
                    SubmissionDiff diff = submissions.diff(team.conductor(), id, 2).orElseThrow();
                    assertThat(diff.risks()).singleElement().satisfies(change -> {
                        assertThat(change.kind()).isEqualTo(Kind.CHANGED);
                        assertThat(change.fields()).extracting(SubmissionDiff.FieldChange::field)
                                .containsExactly("causes");
                    });
                });
    }
}
