package pe.integrity.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import pe.integrity.support.IntegrationTest;

/**
 * Both provisional schemes answer, through the deployed DMN tables on PostgreSQL, what their plain statement
 * ({@link ProvisionalSchemeSpec}) says: every rule of every table is exercised here, and the last test
 * checks in the engine's decision history that none was missed.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoringSchemesTest {

    static final List<ProvisionalSchemeSpec> SCHEMES = ProvisionalSchemeSpec.BOTH;

    @Autowired
    ScoringSchemes schemes;

    @Autowired
    RegisteredScoringSchemes registered;

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void axesHaveTheStatedLevelsWithCriteria(ProvisionalSchemeSpec spec) {
        ScoringScheme scheme = schemes.byCode(spec.code());

        assertThat(scheme.probabilityLevels()).extracting(ScaleLevel::value)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, spec.probabilities()).boxed().toList());
        assertThat(scheme.probabilityLevels()).extracting(ScaleLevel::labelEs).containsExactlyElementsOf(spec.probabilityLabels());
        assertThat(scheme.impactLevels()).extracting(ScaleLevel::value)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, spec.impacts()).boxed().toList());
        assertThat(scheme.impactLevels()).extracting(ScaleLevel::labelEs).containsExactlyElementsOf(spec.impactLabels());
        assertThat(scheme.probabilityLevels()).allSatisfy(l -> {
            assertThat(l.criteria()).isNotBlank();
            assertThat(l.labelEn()).isNotBlank();
        });
        assertThat(scheme.impactLevels()).allSatisfy(l -> assertThat(l.criteria()).isNotBlank());
        assertThat(scheme.dimensions()).isEqualTo(spec.probabilities() + "×" + spec.impacts());
        assertThat(scheme.provisional()).isTrue();
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void levelsAreRankedAndRequireTreatmentFromTheThreshold(ProvisionalSchemeSpec spec) {
        ScoringScheme scheme = schemes.byCode(spec.code());

        assertThat(scheme.levels()).extracting(RiskLevel::code).containsExactlyElementsOf(spec.levelCodes());
        assertThat(scheme.levels()).extracting(RiskLevel::rank)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, spec.bands().size()).boxed().toList());
        assertThat(scheme.levels()).allSatisfy(l -> {
            assertThat(l.treatmentRequired()).as(l.code()).isEqualTo(spec.treatmentRequired(l.code()));
            assertThat(l.colour()).matches("#[0-9A-Fa-f]{6}");
            assertThat(l.labelEs()).isNotBlank();
            assertThat(l.labelEn()).isNotBlank();
        });
        assertThat(scheme.levels()).extracting(RiskLevel::colour).doesNotHaveDuplicates();
        assertThat(scheme.treatmentThreshold()).map(RiskLevel::code).contains(spec.treatmentFrom());
        assertThat(scheme.lowestLevel().code()).isEqualTo(spec.levelCodes().get(0));
        assertThat(scheme.highestLevel().code()).isEqualTo(spec.levelCodes().get(spec.levelCodes().size() - 1));
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void controlRatingsAreStrongToNone(ProvisionalSchemeSpec spec) {
        ScoringScheme scheme = schemes.byCode(spec.code());

        assertThat(scheme.controlRatings()).extracting(ControlRating::code)
                .containsExactlyElementsOf(ProvisionalSchemeSpec.RATING_CODES);
        assertThat(scheme.controlRatings()).extracting(ControlRating::labelEs)
                .containsExactlyElementsOf(ProvisionalSchemeSpec.RATING_LABELS);
        assertThat(scheme.controlRatings()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void everyCellGetsTheLevelOfItsScoreBand(ProvisionalSchemeSpec spec) {
        for (int p = 1; p <= spec.probabilities(); p++) {
            for (int i = 1; i <= spec.impacts(); i++) {
                InherentScore score = schemes.inherent(spec.code(), p, i);
                assertThat(score.score()).isEqualTo(p * i);
                assertThat(score.probability()).isEqualTo(p);
                assertThat(score.impact()).isEqualTo(i);
                assertThat(score.level().code()).as("P%d × I%d", p, i).isEqualTo(spec.levelOfScore(p * i));
            }
        }
    }

    @ParameterizedTest(name = "{0}: P{1} × I{2} = {3} → {4}")
    @CsvSource({
        // 5×5: the last and first score of each band (GUIDE.md: Bajo 1–4, Moderado 5–9, Alto 10–16, Muy alto 17–25)
        "PROV-5X5-V1, 1, 1, 1, BAJO",
        "PROV-5X5-V1, 2, 2, 4, BAJO",
        "PROV-5X5-V1, 4, 1, 4, BAJO",
        "PROV-5X5-V1, 1, 5, 5, MODERADO",
        "PROV-5X5-V1, 3, 3, 9, MODERADO",
        "PROV-5X5-V1, 5, 2, 10, ALTO",
        "PROV-5X5-V1, 4, 4, 16, ALTO",
        "PROV-5X5-V1, 5, 4, 20, MUY_ALTO",
        "PROV-5X5-V1, 5, 5, 25, MUY_ALTO",
        // 3×3 (docs/scoring.md: Bajo 1–2, Moderado 3–4, Alto 5–9)
        "PROV-3X3-V1, 1, 1, 1, BAJO",
        "PROV-3X3-V1, 2, 1, 2, BAJO",
        "PROV-3X3-V1, 1, 3, 3, MODERADO",
        "PROV-3X3-V1, 2, 2, 4, MODERADO",
        "PROV-3X3-V1, 3, 2, 6, ALTO",
        "PROV-3X3-V1, 3, 3, 9, ALTO",
    })
    void bandBoundaries(String code, int probability, int impact, int score, String level) {
        InherentScore result = schemes.inherent(code, probability, impact);

        assertThat(result.score()).isEqualTo(score);
        assertThat(result.level().code()).isEqualTo(level);
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void valuesOutsideTheAxesAreRejectedWithAMessageKey(ProvisionalSchemeSpec spec) {
        int beyond = spec.probabilities() + 1;
        for (int bad : new int[] {0, -1, beyond, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> schemes.inherent(spec.code(), bad, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .isInstanceOfSatisfying(ScoringInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("scoring.probability.outOfRange"));
            assertThatThrownBy(() -> schemes.inherent(spec.code(), 1, bad))
                    .isInstanceOfSatisfying(ScoringInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("scoring.impact.outOfRange"));
        }
    }

    @Test
    void theThreeByThreeSchemeRejectsWhatOnlyTheFiveByFiveHas() {
        assertThat(schemes.inherent("PROV-5X5-V1", 4, 4).level().code()).isEqualTo("ALTO");
        assertThatThrownBy(() -> schemes.inherent("PROV-3X3-V1", 4, 4)).isInstanceOf(ScoringInputException.class);
        assertThat(schemes.residual("PROV-5X5-V1", "MUY_ALTO", "DEBIL").code()).isEqualTo("MUY_ALTO");
        assertThatThrownBy(() -> schemes.residual("PROV-3X3-V1", "MUY_ALTO", "DEBIL"))
                .isInstanceOfSatisfying(ScoringInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("scoring.level.unknown"));
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void everyLevelAndRatingGivesTheStatedResidualLevel(ProvisionalSchemeSpec spec) {
        for (String level : spec.levelCodes()) {
            for (String rating : ProvisionalSchemeSpec.RATING_CODES) {
                assertThat(schemes.residual(spec.code(), level, rating).code())
                        .as("%s with %s", level, rating)
                        .isEqualTo(spec.residual(level, rating));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void unknownLevelOrRatingCodesAreRejected(ProvisionalSchemeSpec spec) {
        assertThatThrownBy(() -> schemes.residual(spec.code(), "CRITICO", "FUERTE"))
                .isInstanceOfSatisfying(ScoringInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("scoring.level.unknown"));
        assertThatThrownBy(() -> schemes.residual(spec.code(), spec.levelCodes().get(0), "EXCELENTE"))
                .isInstanceOfSatisfying(ScoringInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("scoring.controlRating.unknown"));
        assertThatThrownBy(() -> schemes.residual(spec.code(), null, "FUERTE")).isInstanceOf(ScoringInputException.class);
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void theHeatMapHasEveryCellWithItsLevelHighestImpactFirst(ProvisionalSchemeSpec spec) {
        HeatMap map = schemes.heatMap(spec.code());

        assertThat(map.cells()).hasSize(spec.probabilities() * spec.impacts());
        assertThat(map.probabilities()).extracting(ScaleLevel::value)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, spec.probabilities()).boxed().toList());
        assertThat(map.rows()).extracting(r -> r.impact().value())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, spec.impacts()).map(i -> spec.impacts() + 1 - i).boxed().toList());
        for (HeatMap.Row row : map.rows()) {
            assertThat(row.cells()).extracting(HeatMap.Cell::probability)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, spec.probabilities()).boxed().toList());
            assertThat(row.cells()).allSatisfy(c -> {
                assertThat(c.impact()).isEqualTo(row.impact().value());
                assertThat(c.level().code()).isEqualTo(spec.levelOfScore(c.probability() * c.impact()));
                assertThat(c.colour()).isEqualTo(c.level().colour());
            });
        }
        assertThat(map.cell(spec.probabilities(), spec.impacts()).level().code())
                .isEqualTo(spec.levelCodes().get(spec.levelCodes().size() - 1));
        assertThatThrownBy(() -> map.cell(spec.probabilities() + 1, 1)).isInstanceOf(ScoringInputException.class);
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void theResidualTableShowsTheControlTable(ProvisionalSchemeSpec spec) {
        ResidualTable table = schemes.residualTable(spec.code());

        assertThat(table.ratings()).extracting(ControlRating::code).containsExactlyElementsOf(ProvisionalSchemeSpec.RATING_CODES);
        assertThat(table.rows()).extracting(r -> r.inherent().code())
                .containsExactlyElementsOf(highestFirst(spec.levelCodes()));
        for (ResidualTable.Row row : table.rows()) {
            for (int k = 0; k < table.ratings().size(); k++) {
                assertThat(row.residuals().get(k).code())
                        .isEqualTo(spec.residual(row.inherent().code(), table.ratings().get(k).code()));
            }
        }
    }

    @Test
    void unknownSchemeCodesAreRejected() {
        assertThatThrownBy(() -> schemes.byCode("PROV-9X9-V1"))
                .isInstanceOfSatisfying(UnknownSchemeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("scoring.scheme.unknown"));
        assertThatThrownBy(() -> schemes.inherent("PROV-9X9-V1", 1, 1)).isInstanceOf(UnknownSchemeException.class);
        assertThatThrownBy(() -> schemes.heatMap(null)).isInstanceOf(UnknownSchemeException.class);
    }

    @Test
    void bothShippedSchemesAreRegisteredAndPassTheConsistencyCheck() {
        assertThat(schemes.all()).extracting(ScoringScheme::code)
                .containsExactlyInAnyOrderElementsOf(SCHEMES.stream().map(ProvisionalSchemeSpec::code).toList());
        assertThat(schemes.all()).filteredOn(ScoringScheme::active).hasSize(1);
        for (ProvisionalSchemeSpec spec : SCHEMES) {
            assertThat(registered.problemsOf(registryRow(spec.code()))).as(spec.code()).isEmpty();
        }
    }

    @Autowired
    ScoringSchemeRepository registry;

    private static List<String> highestFirst(List<String> levels) {
        List<String> copy = new ArrayList<>(levels);
        Collections.reverse(copy);
        return copy;
    }

    private ScoringSchemeRow registryRow(String code) {
        return registry.findById(code).orElseThrow();
    }

    // ---- runs last: every rule of every scoring DMN table was hit by the tests above ----

    @Autowired
    HistoryService history;

    @Test
    @Order(Integer.MAX_VALUE)
    void everyRuleOfEveryScoringTableWasHit() throws Exception {
        ScoringRuleCoverage coverage = new ScoringRuleCoverage(history);
        List<String> missed = new ArrayList<>(coverage.allRuleIds());
        missed.removeAll(coverage.matchedRuleIds());

        assertThat(coverage.allRuleIds()).hasSizeGreaterThan(50);
        assertThat(missed)
                .as("rules never matched (this test relies on the earlier tests of this class; run the whole class)")
                .isEmpty();
    }
}
