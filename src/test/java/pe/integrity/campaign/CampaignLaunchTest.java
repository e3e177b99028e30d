package pe.integrity.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.camunda.bpm.engine.RuntimeService;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpFrequency;
import pe.integrity.campaign.CampaignEntities.Progress;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.shared.InvalidInputException;
import pe.integrity.shared.LaterWork;
import pe.integrity.support.IntegrationTest;
import pe.integrity.support.Territory;
import pe.integrity.workflow.AssessmentProcess;
import pe.integrity.workflow.DurableJobs;

/**
 * A campaign opens the period's assessment, with its process, once per entity that has a Conductor: launching it
 * again, or running its job again, opens nothing twice; entities without a Conductor are reported, not failed; and
 * the filter selects exactly its entities.
 */
@IntegrationTest
class CampaignLaunchTest {

    static final int PERIOD = 2026;

    @Autowired Campaigns campaigns;
    @Autowired Assessments assessments;
    @Autowired EntityDirectory entities;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService details;
    @Autowired DurableJobs jobs;
    @Autowired LaterWork later;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;

    CurrentUser sip;

    @BeforeEach
    void signIn() {
        sip = (CurrentUser) details.loadUserByUsername("sip.revisor");
    }

    @Test
    void launchingTwiceForThePeriodOpensOneAssessmentAndOneProcessPerEntity() {
        Territory t = Territory.fresh(entities, users, details, "Campaña");
        Long fresh = t.entity("Municipalidad Distrital A", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);
        Long started = t.entity("Municipalidad Distrital B", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);
        Long nobody = t.entity("Municipalidad Distrital C", EntityType.DISTRICT_MUNICIPALITY, Role.TECNICO);
        Long ownId = assessments.open(t.conductor(started), PERIOD, "Abierta por su Conductor").getId();
        EntitySelection byDepartment = new EntitySelection(PERIOD, null, null, t.department());

        Campaign first = campaigns.launch(sip, byDepartment, null);
        assertThat(progress(first).get(Outcome.PENDING)).as("nothing done before the job runs").isEqualTo(3);
        jobs.runDue(CampaignLaunchJob.NAME);

        Progress once = progress(first);
        assertThat(once.get(Outcome.LAUNCHED)).isEqualTo(1);
        assertThat(once.get(Outcome.ALREADY_OPEN)).isEqualTo(1);
        assertThat(once.get(Outcome.NO_CONDUCTOR)).isEqualTo(1);
        assertThat(once.get(Outcome.PENDING)).isZero();
        assertThat(campaigns.get(sip, first.getId()).getStatus()).isEqualTo(CampaignStatus.DONE);
        assertThat(outcomeOf(first, started)).isEqualTo(Map.of("outcome", "ALREADY_OPEN", "assessment_id", ownId));

        Campaign second = campaigns.launch(sip, byDepartment, null);
        jobs.runDue(CampaignLaunchJob.NAME);
        CampaignLaunchJob.enqueue(later, first.getId()); // a late retry of a finished launch
        jobs.runDue(CampaignLaunchJob.NAME);

        Progress again = progress(second);
        assertThat(again.get(Outcome.LAUNCHED)).isZero();
        assertThat(again.get(Outcome.ALREADY_OPEN)).isEqualTo(2);
        assertThat(again.get(Outcome.NO_CONDUCTOR)).isEqualTo(1);
        assertThat(progress(first).counts()).isEqualTo(once.counts());
        for (Long entity : List.of(fresh, started)) {
            assertThat(assessmentsOf(entity)).as("assessments of entity %d", entity).isEqualTo(1);
            assertThat(processesOf(entity)).as("processes of entity %d", entity).isEqualTo(1);
        }
        assertThat(assessmentsOf(nobody)).isZero();
    }

    @Test
    void theFollowUpFrequencySipChoseIsKeptOnEachAssessmentAndDrivesItsProcess() {
        Territory t = Territory.fresh(entities, users, details, "Frecuencia");
        Long quarterly = t.entity("Municipalidad Distrital", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);
        Long own = t.entity("Municipalidad Provincial", EntityType.PROVINCIAL_MUNICIPALITY, Role.CONDUCTOR);
        Long ownAssessment = assessments.open(t.conductor(own), PERIOD, null).getId();

        Campaign campaign = campaigns.launch(sip, new EntitySelection(PERIOD, EntityType.DISTRICT_MUNICIPALITY, null,
                t.department()), FollowUpFrequency.QUARTERLY);
        jobs.runDue(CampaignLaunchJob.NAME);

        assertThat(campaigns.get(sip, campaign.getId()).getFollowUpFrequency()).isEqualTo(FollowUpFrequency.QUARTERLY);
        Long opened = assessments.idFor(quarterly, PERIOD).orElseThrow();
        assertThat(assessments.get(sip, opened).getFollowUpFrequency()).isEqualTo(FollowUpFrequency.QUARTERLY);
        assertThat(followUpInterval(opened)).isEqualTo("P3M");
        assertThat(assessments.get(sip, ownAssessment).getFollowUpFrequency())
                .as("a Conductor's own opening follows the platform").isNull();
        assertThat(followUpInterval(ownAssessment)).isEqualTo("P6M");
    }

    private Object followUpInterval(Long assessmentId) {
        String instance = assessments.get(sip, assessmentId).getProcessInstanceId();
        return runtime.getVariable(instance, "followUpInterval");
    }

    @Test
    void theOpenedAssessmentIsJournaledAsSipsAndItsConductorIsToldOfTheFirstTask() {
        Territory t = Territory.fresh(entities, users, details, "Aviso");
        Long entity = t.entity("Municipalidad Provincial", EntityType.PROVINCIAL_MUNICIPALITY, Role.CONDUCTOR);

        campaigns.launch(sip, new EntitySelection(PERIOD, null, null, t.department()), null);
        jobs.runDue(CampaignLaunchJob.NAME);
        jobs.runDue("step-mail");

        Long assessment = assessments.idFor(entity, PERIOD).orElseThrow();
        assertThat(jdbc.queryForObject("SELECT actor_username FROM assessment_event WHERE assessment_id = ?"
                + " AND type = 'OPENED'", String.class, assessment)).isEqualTo("sip.revisor");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient_username = ?", Integer.class,
                t.username(entity, Role.CONDUCTOR))).isEqualTo(1);
    }

    @Test
    void theFilterSelectsTheActiveEntitiesOfItsTypeSectorAndDepartment() {
        Territory t = Territory.fresh(entities, users, details, "Filtro");
        Territory other = Territory.fresh(entities, users, details, "Otro");
        Long district = t.entity("Municipalidad Distrital", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);
        t.entity("Municipalidad Provincial", EntityType.PROVINCIAL_MUNICIPALITY, Role.CONDUCTOR);
        t.inactiveEntity("Municipalidad Distrital cerrada", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);
        other.entity("Municipalidad Distrital", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);

        assertThat(campaigns.preview(sip, new EntitySelection(PERIOD, null, null, t.department())).total())
                .isEqualTo(2);
        assertThat(campaigns.preview(sip, new EntitySelection(PERIOD, null, t.sector(), null)).total()).isEqualTo(2);
        EntitySelection districts = new EntitySelection(PERIOD, EntityType.DISTRICT_MUNICIPALITY, null, t.department());
        assertThat(campaigns.preview(sip, districts))
                .isEqualTo(new CampaignEntities.Preview(1, 0, 0));

        Campaign campaign = campaigns.launch(sip, districts, null);
        assertThat(jdbc.queryForList("SELECT entity_id FROM campaign_entity WHERE campaign_id = ?", Long.class,
                campaign.getId())).containsExactly(district);
    }

    @Test
    void aSelectionOfNoEntityIsRefusedAndSavesNoCampaign() {
        Territory t = Territory.fresh(entities, users, details, "Vacío");
        t.entity("Municipalidad Distrital", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);
        long before = campaignCount();

        assertThatThrownBy(() -> campaigns.launch(sip, new EntitySelection(PERIOD, EntityType.MINISTRY, null,
                t.department()), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("campaign.empty");
        assertThat(campaignCount()).isEqualTo(before);
    }

    @Test
    void onlySipLaunchesCampaigns() {
        Territory t = Territory.fresh(entities, users, details, "Permiso");
        t.entity("Municipalidad Distrital", EntityType.DISTRICT_MUNICIPALITY, Role.CONDUCTOR);
        EntitySelection selection = new EntitySelection(PERIOD, null, null, t.department());
        long before = campaignCount();
        for (String username : List.of("auditor", "admin", "conductor.miraflores")) {
            CurrentUser user = (CurrentUser) details.loadUserByUsername(username);
            assertThatThrownBy(() -> campaigns.launch(user, selection, null)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(campaignCount()).isEqualTo(before);
    }

    private Progress progress(Campaign campaign) {
        return campaigns.progress(sip, campaign.getId());
    }

    private Map<String, Object> outcomeOf(Campaign campaign, Long entity) {
        return jdbc.queryForMap("SELECT outcome, assessment_id FROM campaign_entity WHERE campaign_id = ?"
                + " AND entity_id = ?", campaign.getId(), entity);
    }

    private int assessmentsOf(Long entity) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE entity_id = ? AND period_year = ?",
                Integer.class, entity, PERIOD);
    }

    /** Process instances ever started for the entity's assessments of the period (the engine's history). */
    private int processesOf(Long entity) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst p JOIN assessment a"
                + " ON p.business_key_ = CAST(a.id AS VARCHAR) WHERE p.proc_def_key_ = ? AND a.entity_id = ?"
                + " AND a.period_year = ?", Integer.class, AssessmentProcess.KEY, entity, PERIOD);
    }

    private long campaignCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign", Long.class);
    }
}
