package pe.integrity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The consistency check refuses tables that would rate risks wrongly, and accepts sound ones. */
class SchemeCheckTest {

    static final List<ScaleLevel> TWO = List.of(new ScaleLevel(1, "Baja", "Low", "c"), new ScaleLevel(2, "Alta", "High", "c"));
    static final RiskLevel LOW = new RiskLevel("BAJO", "Bajo", "Low", "#00FF00", 1, false);
    static final RiskLevel HIGH = new RiskLevel("ALTO", "Alto", "High", "#FF0000", 2, true);
    static final List<ControlRating> RATINGS =
            List.of(new ControlRating("FUERTE", "Fuerte", "Strong", "d"), new ControlRating("DEBIL", "Débil", "Weak", "d"));

    static final BiFunction<Integer, Integer, String> BY_SCORE = (p, i) -> p * i >= 3 ? "ALTO" : "BAJO";
    static final BiFunction<String, String, String> STRONG_LOWERS = (level, rating) -> "FUERTE".equals(rating) ? "BAJO" : level;

    @Test
    void soundTablesHaveNoProblems() {
        assertThat(SchemeCheck.problems(tables(TWO, TWO, List.of(LOW, HIGH), RATINGS), BY_SCORE, STRONG_LOWERS)).isEmpty();
    }

    @Test
    void aCellWithoutRuleOrWithAnUnknownLevelIsReported() {
        assertThat(keys(sound(), (p, i) -> p * i == 4 ? null : "BAJO", STRONG_LOWERS))
                .containsExactly("scheme.check.inherent.noRule");
        assertThat(keys(sound(), (p, i) -> p * i == 4 ? "CRITICO" : "BAJO", STRONG_LOWERS))
                .containsExactly("scheme.check.inherent.unknownLevel");
    }

    @Test
    void anEngineFailureIsReportedNotThrown() {
        List<SchemeProblem> problems = SchemeCheck.problems(sound(), (p, i) -> {
            throw new IllegalStateException("UNIQUE hit policy: 2 rules matched");
        }, STRONG_LOWERS);

        assertThat(problems).hasSize(4).allSatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("scheme.check.inherent.error");
            assertThat(p.args()).contains("UNIQUE hit policy: 2 rules matched");
        });
    }

    @Test
    void aHigherProbabilityOrImpactMayNotLowerTheLevel() {
        assertThat(keys(sound(), (p, i) -> p * i == 2 ? "ALTO" : "BAJO", STRONG_LOWERS))
                .contains("scheme.check.inherent.notMonotonic");
    }

    @Test
    void controlsNeverRaiseTheLevelAndEveryPairHasARule() {
        // BAJO with either rating would become ALTO
        assertThat(keys(sound(), BY_SCORE, (level, rating) -> "ALTO"))
                .containsExactly("scheme.check.residual.raises", "scheme.check.residual.raises");
        assertThat(keys(sound(), BY_SCORE, (level, rating) -> "DEBIL".equals(rating) ? null : "BAJO"))
                .containsExactly("scheme.check.residual.noRule", "scheme.check.residual.noRule");
        assertThat(keys(sound(), BY_SCORE, (level, rating) -> "NINGUNO")).allMatch("scheme.check.residual.unknownLevel"::equals);
    }

    @Test
    void brokenAxesAreReportedAndTheTablesAreNotEvaluated() {
        AtomicInteger evaluations = new AtomicInteger();
        BiFunction<Integer, Integer, String> counting = (p, i) -> {
            evaluations.incrementAndGet();
            return "BAJO";
        };
        List<ScaleLevel> duplicated = List.of(new ScaleLevel(1, "Baja", "", ""), new ScaleLevel(1, "", "", ""));
        List<ScaleLevel> single = List.of(new ScaleLevel(0, "Cero", "", ""));

        assertThat(keys(tables(duplicated, single, List.of(LOW, HIGH), RATINGS), counting, STRONG_LOWERS)).containsExactlyInAnyOrder(
                "scheme.check.axis.duplicate", "scheme.check.axis.noLabel", "scheme.check.axis.tooSmall",
                "scheme.check.axis.notPositive");
        assertThat(evaluations).hasValue(0);
    }

    @Test
    void levelsNeedCodesColoursRanksAndAMonotonicTreatmentThreshold() {
        RiskLevel badColour = new RiskLevel("ALTO", "Alto", "", "red", 2, true);
        RiskLevel rankGap = new RiskLevel("ALTO", "Alto", "", "#FF0000", 3, true);
        RiskLevel lowNeedsTreatment = new RiskLevel("BAJO", "Bajo", "", "#00FF00", 1, true);
        RiskLevel highDoesNot = new RiskLevel("ALTO", "Alto", "", "#FF0000", 2, false);

        assertThat(keys(tables(TWO, TWO, List.of(LOW, badColour), RATINGS), BY_SCORE, STRONG_LOWERS))
                .containsExactly("scheme.check.level.colour");
        assertThat(keys(tables(TWO, TWO, List.of(LOW, rankGap), RATINGS), BY_SCORE, STRONG_LOWERS))
                .containsExactly("scheme.check.level.ranks");
        assertThat(keys(tables(TWO, TWO, List.of(lowNeedsTreatment, highDoesNot), RATINGS), BY_SCORE, STRONG_LOWERS))
                .containsExactly("scheme.check.level.treatment");
        assertThat(keys(tables(TWO, TWO, List.of(LOW, LOW), RATINGS), BY_SCORE, STRONG_LOWERS))
                .contains("scheme.check.level.duplicate");
        assertThat(keys(tables(TWO, TWO, List.of(), RATINGS), BY_SCORE, STRONG_LOWERS)).containsExactly("scheme.check.level.none");
        assertThat(keys(tables(TWO, TWO, List.of(LOW, HIGH), List.of()), BY_SCORE, STRONG_LOWERS))
                .containsExactly("scheme.check.rating.none");
    }

    private static SchemeTables sound() {
        return tables(TWO, TWO, List.of(LOW, HIGH), RATINGS);
    }

    private static SchemeTables tables(List<ScaleLevel> p, List<ScaleLevel> i, List<RiskLevel> levels, List<ControlRating> ratings) {
        return new SchemeTables("test", p, i, ratings, levels);
    }

    private static List<String> keys(
            SchemeTables tables, BiFunction<Integer, Integer, String> inherent, BiFunction<String, String, String> residual) {
        return SchemeCheck.problems(tables, inherent, residual).stream().map(SchemeProblem::messageKey).toList();
    }
}
