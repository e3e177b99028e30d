package pe.integrity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.Test;

/**
 * Every scoring DMN file follows the convention the application reads (docs/scoring.md): one scheme per
 * file, six decisions sharing a prefix, the hit policies, inputs and outputs the screens and the engine
 * expect. A new version copied from an existing file is held to the same rules. Fast: no Spring, no database.
 */
class ScoringDmnFilesTest {

    static final Map<String, List<String>> OUTPUTS = Map.of(
            "_probability", List.of("value", "label_es", "label_en", "criteria_es"),
            "_impact", List.of("value", "label_es", "label_en", "criteria_es"),
            "_controlRating", List.of("code", "label_es", "label_en", "description_es"),
            "_levels", List.of("code", "label_es", "label_en", "colour", "rank", "treatmentRequired"),
            "_inherent", List.of("level"),
            "_residual", List.of("level"));

    static final Map<String, List<String>> INPUTS = Map.of(
            "_inherent", List.of("probability * impact"),
            "_residual", List.of("inherentLevel", "controlRating"));

    @Test
    void atLeastTheTwoProvisionalSchemesAreShipped() throws Exception {
        assertThat(ScoringRuleCoverage.scoringModels()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void eachFileHoldsTheSixDecisionsOfOneSchemeWithTheExpectedColumns() throws Exception {
        for (DmnModelInstance model : ScoringRuleCoverage.scoringModels()) {
            List<Decision> decisions = List.copyOf(model.getModelElementsByType(Decision.class));
            String prefix = decisions.get(0).getId().substring(0, decisions.get(0).getId().indexOf('_'));

            assertThat(decisions).extracting(Decision::getId)
                    .containsExactlyInAnyOrderElementsOf(OUTPUTS.keySet().stream().map(s -> prefix + s).toList());
            for (Decision decision : decisions) {
                String suffix = decision.getId().substring(prefix.length());
                DecisionTable table = (DecisionTable) decision.getExpression();
                assertThat(table.getHitPolicy()).as(decision.getId())
                        .isEqualTo(INPUTS.containsKey(suffix) ? HitPolicy.UNIQUE : HitPolicy.COLLECT);
                assertThat(table.getOutputs()).extracting(Output::getName).as(decision.getId())
                        .containsExactlyElementsOf(OUTPUTS.get(suffix));
                assertThat(table.getInputs().stream().map(i -> i.getInputExpression().getText().getTextContent().strip())
                                .collect(Collectors.toList()))
                        .as(decision.getId())
                        .isEqualTo(INPUTS.getOrDefault(suffix, List.of()));
                assertThat(table.getRules()).as(decision.getId()).isNotEmpty();
            }
        }
    }

    @Test
    void theInputsAreTyped() throws Exception {
        for (DmnModelInstance model : ScoringRuleCoverage.scoringModels()) {
            for (Input input : model.getModelElementsByType(Input.class)) {
                assertThat(input.getInputExpression().getTypeRef()).as(input.getId()).isIn("integer", "string");
            }
        }
    }
}
