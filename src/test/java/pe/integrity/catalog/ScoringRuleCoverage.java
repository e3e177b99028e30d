package pe.integrity.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Which rules of the scoring DMN files exist, and which the engine has matched: every evaluation goes
 * through Camunda's decision service, whose history (level full) records the matched rule of each output.
 */
final class ScoringRuleCoverage {

    static final String SCORING_DMN = "classpath*:bpmn/scoring/*.dmn";

    private final HistoryService history;

    ScoringRuleCoverage(HistoryService history) {
        this.history = history;
    }

    static List<DmnModelInstance> scoringModels() throws IOException {
        List<DmnModelInstance> models = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(SCORING_DMN)) {
            try (InputStream in = resource.getInputStream()) {
                models.add(Dmn.readModelFromStream(in));
            }
        }
        return models;
    }

    Set<String> allRuleIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (DmnModelInstance model : scoringModels()) {
            model.getModelElementsByType(Rule.class).forEach(r -> ids.add(r.getId()));
        }
        return ids;
    }

    Set<String> matchedRuleIds() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (DmnModelInstance model : scoringModels()) {
            model.getModelElementsByType(Decision.class).forEach(d -> keys.add(d.getId()));
        }
        Set<String> matched = new TreeSet<>();
        for (String key : keys) {
            Collection<HistoricDecisionInstance> instances = history.createHistoricDecisionInstanceQuery()
                    .decisionDefinitionKey(key)
                    .includeOutputs()
                    .list();
            for (HistoricDecisionInstance instance : instances) {
                instance.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId).forEach(matched::add);
            }
        }
        return matched;
    }
}
