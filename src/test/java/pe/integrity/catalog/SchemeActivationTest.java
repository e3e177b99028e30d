package pe.integrity.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import pe.integrity.support.IntegrationTest;

/** Activating a scheme version changes what new assessments start with, never what running ones use. */
@IntegrationTest
class SchemeActivationTest {

    static final String FIVE = ProvisionalSchemeSpec.FIVE_BY_FIVE.code();
    static final String THREE = ProvisionalSchemeSpec.THREE_BY_THREE.code();

    @Autowired
    ScoringSchemes schemes;

    @Autowired
    ScoringSchemeRepository registry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repository;

    String activeBefore;

    @BeforeEach
    void rememberActive() {
        activeBefore = jdbc.queryForObject("SELECT code FROM scoring_scheme WHERE active", String.class);
    }

    /** The suite shares one database: leave the scheme that was active before. */
    @AfterEach
    void restoreActive() {
        jdbc.update("UPDATE scoring_scheme SET active = (code = ?)", activeBefore);
    }

    @Test
    void theFiveByFiveSchemeIsActiveOutOfTheBox() {
        assertThat(activeBefore).isEqualTo(FIVE);
        assertThat(schemes.active().code()).isEqualTo(FIVE);
        assertThat(schemes.active().active()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void activationSwitchesTheActiveSchemeAndOldCodesKeepTheirTables() {
        schemes.activate(THREE);

        ScoringScheme active = schemes.active();
        assertThat(active.code()).isEqualTo(THREE);
        assertThat(active.probabilityLevels()).hasSize(3);
        assertThat(schemes.all()).filteredOn(ScoringScheme::active).extracting(ScoringScheme::code).containsExactly(THREE);
        Map<String, Object> row = jdbc.queryForMap("SELECT activated_by, activated_at FROM scoring_scheme WHERE code = ?", THREE);
        assertThat(row.get("activated_by")).isEqualTo("admin");
        assertThat(row.get("activated_at")).isNotNull();

        // an assessment that started on 5×5 keeps rating with the 5×5 tables
        assertThat(schemes.byCode(FIVE).active()).isFalse();
        assertThat(schemes.byCode(FIVE).probabilityLevels()).hasSize(5);
        assertThat(schemes.inherent(FIVE, 5, 4).level().code()).isEqualTo("MUY_ALTO");
        assertThat(schemes.inherent(FIVE, 3, 3).level().code()).isEqualTo("MODERADO");
        assertThat(schemes.residual(FIVE, "MUY_ALTO", "MODERADO").code()).isEqualTo("ALTO");
        assertThat(schemes.heatMap(FIVE).cells()).hasSize(25);
        // while the new one rates on its own
        assertThat(schemes.inherent(THREE, 3, 3).level().code()).isEqualTo("ALTO");
        assertThatThrownBy(() -> schemes.inherent(THREE, 5, 4)).isInstanceOf(ScoringInputException.class);

        schemes.activate(FIVE);
        assertThat(schemes.active().code()).isEqualTo(FIVE);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void activatingTheActiveSchemeChangesNothing() {
        Long version = jdbc.queryForObject("SELECT version FROM scoring_scheme WHERE code = ?", Long.class, FIVE);

        schemes.activate(FIVE);

        assertThat(jdbc.queryForObject("SELECT version FROM scoring_scheme WHERE code = ?", Long.class, FIVE)).isEqualTo(version);
    }

    @Test
    @WithMockUser(username = "conductor.miraflores", roles = "CONDUCTOR")
    void onlyAdministratorsActivate() {
        assertThatThrownBy(() -> schemes.activate(THREE)).isInstanceOf(AccessDeniedException.class);
        assertThat(schemes.active().code()).isEqualTo(FIVE);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void unknownCodesAreRejected() {
        assertThatThrownBy(() -> schemes.activate("PROV-7X7-V1")).isInstanceOf(UnknownSchemeException.class);
        assertThat(schemes.active().code()).isEqualTo(FIVE);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aSchemeWithoutDeployedTablesIsNotActivated() {
        register("TEST-NODMN", "nodmntest");
        try {
            assertThatThrownBy(() -> schemes.activate("TEST-NODMN"))
                    .isInstanceOfSatisfying(SchemeNotUsableException.class, e -> assertThat(e.problems())
                            .extracting(SchemeProblem::messageKey)
                            .containsExactly("scheme.check.notDeployed"));
            assertThat(schemes.active().code()).isEqualTo(FIVE);
        } finally {
            jdbc.update("DELETE FROM scoring_scheme WHERE code = 'TEST-NODMN'");
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aSchemeWithInconsistentTablesIsNotActivated() {
        String deployment = repository.createDeployment()
                .name("broken scoring scheme (test)")
                .addString("broken-test.dmn", BrokenScheme.DMN)
                .deploy()
                .getId();
        register("TEST-BROKEN", BrokenScheme.PREFIX);
        try {
            assertThatThrownBy(() -> schemes.activate("TEST-BROKEN"))
                    .isInstanceOfSatisfying(SchemeNotUsableException.class, e -> assertThat(e.problems())
                            .extracting(SchemeProblem::messageKey)
                            .contains("scheme.check.inherent.noRule", "scheme.check.residual.raises"));
            assertThat(schemes.active().code()).isEqualTo(FIVE);
            assertThat(jdbc.queryForObject("SELECT active FROM scoring_scheme WHERE code = 'TEST-BROKEN'", Boolean.class)).isFalse();
        } finally {
            jdbc.update("DELETE FROM scoring_scheme WHERE code = 'TEST-BROKEN'");
            repository.deleteDeployment(deployment, true);
        }
    }

    private void register(String code, String prefix) {
        jdbc.update("INSERT INTO scoring_scheme (code, name, decision_prefix, provisional, valid_from, active, version)"
                        + " VALUES (?, ?, ?, TRUE, ?, FALSE, 0)",
                code, "Test " + code, prefix, Date.valueOf(LocalDate.of(2026, 1, 1)));
    }

    /** A 2×2 scheme whose inherent table leaves score 4 without a rule and whose control table raises a level. */
    static final class BrokenScheme {
        static final String PREFIX = "brokentest";
        static final String DMN = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="brokentest" name="Broken" namespace="test">
                  <decision id="brokentest_probability" name="P"><decisionTable hitPolicy="COLLECT">
                    <output id="p1" name="value" typeRef="integer"/><output id="p2" name="label_es" typeRef="string"/>
                    <rule id="bp1"><outputEntry id="bp1a"><text>1</text></outputEntry><outputEntry id="bp1b"><text>"Baja"</text></outputEntry></rule>
                    <rule id="bp2"><outputEntry id="bp2a"><text>2</text></outputEntry><outputEntry id="bp2b"><text>"Alta"</text></outputEntry></rule>
                  </decisionTable></decision>
                  <decision id="brokentest_impact" name="I"><decisionTable hitPolicy="COLLECT">
                    <output id="i1" name="value" typeRef="integer"/><output id="i2" name="label_es" typeRef="string"/>
                    <rule id="bi1"><outputEntry id="bi1a"><text>1</text></outputEntry><outputEntry id="bi1b"><text>"Bajo"</text></outputEntry></rule>
                    <rule id="bi2"><outputEntry id="bi2a"><text>2</text></outputEntry><outputEntry id="bi2b"><text>"Alto"</text></outputEntry></rule>
                  </decisionTable></decision>
                  <decision id="brokentest_controlRating" name="C"><decisionTable hitPolicy="COLLECT">
                    <output id="c1" name="code" typeRef="string"/><output id="c2" name="label_es" typeRef="string"/>
                    <rule id="bc1"><outputEntry id="bc1a"><text>"DEBIL"</text></outputEntry><outputEntry id="bc1b"><text>"Débil"</text></outputEntry></rule>
                  </decisionTable></decision>
                  <decision id="brokentest_levels" name="L"><decisionTable hitPolicy="COLLECT">
                    <output id="l1" name="code" typeRef="string"/><output id="l2" name="label_es" typeRef="string"/>
                    <output id="l3" name="colour" typeRef="string"/><output id="l4" name="rank" typeRef="integer"/>
                    <output id="l5" name="treatmentRequired" typeRef="boolean"/>
                    <rule id="bl1"><outputEntry id="bl1a"><text>"BAJO"</text></outputEntry><outputEntry id="bl1b"><text>"Bajo"</text></outputEntry>
                      <outputEntry id="bl1c"><text>"#00FF00"</text></outputEntry><outputEntry id="bl1d"><text>1</text></outputEntry><outputEntry id="bl1e"><text>false</text></outputEntry></rule>
                    <rule id="bl2"><outputEntry id="bl2a"><text>"ALTO"</text></outputEntry><outputEntry id="bl2b"><text>"Alto"</text></outputEntry>
                      <outputEntry id="bl2c"><text>"#FF0000"</text></outputEntry><outputEntry id="bl2d"><text>2</text></outputEntry><outputEntry id="bl2e"><text>true</text></outputEntry></rule>
                  </decisionTable></decision>
                  <decision id="brokentest_inherent" name="Inh"><decisionTable hitPolicy="UNIQUE">
                    <input id="in1"><inputExpression id="in1e" typeRef="integer"><text>probability * impact</text></inputExpression></input>
                    <output id="o1" name="level" typeRef="string"/>
                    <rule id="bh1"><inputEntry id="bh1a"><text>[1..2]</text></inputEntry><outputEntry id="bh1b"><text>"BAJO"</text></outputEntry></rule>
                  </decisionTable></decision>
                  <decision id="brokentest_residual" name="Res"><decisionTable hitPolicy="UNIQUE">
                    <input id="r1"><inputExpression id="r1e" typeRef="string"><text>inherentLevel</text></inputExpression></input>
                    <input id="r2"><inputExpression id="r2e" typeRef="string"><text>controlRating</text></inputExpression></input>
                    <output id="ro" name="level" typeRef="string"/>
                    <rule id="br1"><inputEntry id="br1a"><text>"BAJO"</text></inputEntry><inputEntry id="br1b"><text>-</text></inputEntry><outputEntry id="br1c"><text>"ALTO"</text></outputEntry></rule>
                    <rule id="br2"><inputEntry id="br2a"><text>"ALTO"</text></inputEntry><inputEntry id="br2b"><text>-</text></inputEntry><outputEntry id="br2c"><text>"ALTO"</text></outputEntry></rule>
                  </decisionTable></decision>
                </definitions>
                """;
    }
}
