package pe.integrity.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.DeployedScheme;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScaleLevel;
import pe.integrity.catalog.SchemeTables;
import pe.integrity.catalog.ScoringTables;

/**
 * Reads and evaluates the scoring schemes' DMN decision tables through Camunda's decision service. Every
 * evaluation goes through the engine, so it lands in Camunda's decision history (an audit trail of which
 * table version gave which level).
 *
 * <p>The reference tables (COLLECT decisions without inputs) are evaluated once per deployed decision
 * definition and kept: a deployed definition never changes; a redeployed DMN is a new definition.
 */
@Component
class DmnScoringTables implements ScoringTables {

    /** Decision id suffixes; a scheme's decisions are {@code <prefix><suffix>}. */
    static final String PROBABILITY = "_probability";
    static final String IMPACT = "_impact";
    static final String CONTROL_RATING = "_controlRating";
    static final String LEVELS = "_levels";
    static final String INHERENT = "_inherent";
    static final String RESIDUAL = "_residual";
    static final List<String> DECISIONS = List.of(PROBABILITY, IMPACT, CONTROL_RATING, LEVELS, INHERENT, RESIDUAL);

    private final RepositoryService repository;
    private final DecisionService decisions;
    private final TransactionTemplate newTransaction;
    private final Map<String, List<Map<String, Object>>> collected = new ConcurrentHashMap<>();

    DmnScoringTables(RepositoryService repository, DecisionService decisions, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.decisions = decisions;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<SchemeTables> read(String decisionPrefix) {
        Map<String, DecisionDefinition> latest = latestDefinitions(decisionPrefix);
        if (latest.size() < DECISIONS.size()) {
            return Optional.empty();
        }
        String revision = DECISIONS.stream().map(s -> latest.get(s).getId()).collect(Collectors.joining(","));
        return Optional.of(new SchemeTables(
                revision,
                collect(latest.get(PROBABILITY)).stream().map(DmnScoringTables::scaleLevel).toList(),
                collect(latest.get(IMPACT)).stream().map(DmnScoringTables::scaleLevel).toList(),
                collect(latest.get(CONTROL_RATING)).stream().map(DmnScoringTables::controlRating).toList(),
                collect(latest.get(LEVELS)).stream()
                        .map(DmnScoringTables::riskLevel)
                        .sorted(Comparator.comparingInt(RiskLevel::rank))
                        .toList()));
    }

    @Override
    public List<DeployedScheme> deployed() {
        Map<String, DecisionDefinition> inherentByPrefix = new HashMap<>();
        for (DecisionDefinition d : repository.createDecisionDefinitionQuery().decisionDefinitionKeyLike("%" + INHERENT).list()) {
            if (d.getKey().endsWith(INHERENT)) {
                String prefix = d.getKey().substring(0, d.getKey().length() - INHERENT.length());
                inherentByPrefix.merge(prefix, d, (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
            }
        }
        List<DeployedScheme> schemes = new ArrayList<>();
        inherentByPrefix.forEach((prefix, inherent) -> {
            if (latestDefinitions(prefix).size() == DECISIONS.size()) {
                schemes.add(new DeployedScheme(prefix, nameOf(inherent), inherent.getResourceName()));
            }
        });
        return schemes;
    }

    /** The name of the DMN file's definitions (its decision requirements diagram), else the decision's. */
    private String nameOf(DecisionDefinition decision) {
        String drd = decision.getDecisionRequirementsDefinitionId();
        String name = drd == null ? null : repository.getDecisionRequirementsDefinition(drd).getName();
        return name == null || name.isBlank() ? decision.getName() : name;
    }

    @Override
    public String inherentLevel(String decisionPrefix, int probability, int impact) {
        return single(decisionPrefix + INHERENT, Variables.createVariables()
                .putValue("probability", probability)
                .putValue("impact", impact));
    }

    @Override
    public String residualLevel(String decisionPrefix, String inherentLevelCode, String controlRatingCode) {
        return single(decisionPrefix + RESIDUAL, Variables.createVariables()
                .putValue("inherentLevel", inherentLevelCode)
                .putValue("controlRating", controlRatingCode));
    }

    private String single(String decisionKey, Map<String, Object> variables) {
        DmnDecisionRuleResult result = writable(() -> decisions.evaluateDecisionTableByKey(decisionKey)
                        .variables(variables)
                        .evaluate())
                .getSingleResult();
        return result == null ? null : (String) result.getSingleEntry();
    }

    private List<Map<String, Object>> collect(DecisionDefinition definition) {
        return collected.computeIfAbsent(definition.getId(), id -> writable(
                () -> decisions.evaluateDecisionTableById(id).evaluate().getResultList()));
    }

    /** The latest version of each of the scheme's decisions, by suffix. */
    private Map<String, DecisionDefinition> latestDefinitions(String prefix) {
        Map<String, DecisionDefinition> latest = new HashMap<>();
        for (DecisionDefinition d : repository.createDecisionDefinitionQuery().decisionDefinitionKeyLike(prefix + "%").list()) {
            String suffix = d.getKey().startsWith(prefix) ? d.getKey().substring(prefix.length()) : "";
            if (DECISIONS.contains(suffix)) {
                latest.merge(suffix, d, (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
            }
        }
        return latest;
    }

    /**
     * The engine writes decision history: inside a read-only transaction (a page that only reads) that insert
     * would fail on PostgreSQL, so the evaluation gets its own transaction there; otherwise it joins the
     * caller's, and the history commits or rolls back with the caller's change.
     */
    private <T> T writable(Supplier<T> work) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return newTransaction.execute(status -> work.get());
        }
        return work.get();
    }

    private static ScaleLevel scaleLevel(Map<String, Object> row) {
        return new ScaleLevel(number(row, "value"), text(row, "label_es"), text(row, "label_en"), text(row, "criteria_es"));
    }

    private static ControlRating controlRating(Map<String, Object> row) {
        return new ControlRating(text(row, "code"), text(row, "label_es"), text(row, "label_en"), text(row, "description_es"));
    }

    private static RiskLevel riskLevel(Map<String, Object> row) {
        return new RiskLevel(text(row, "code"), text(row, "label_es"), text(row, "label_en"), text(row, "colour"),
                number(row, "rank"), Boolean.TRUE.equals(row.get("treatmentRequired")));
    }

    private static String text(Map<String, Object> row, String output) {
        Object value = row.get(output);
        return value == null ? "" : value.toString();
    }

    private static int number(Map<String, Object> row, String output) {
        Object value = row.get(output);
        if (value instanceof Number n) {
            return n.intValue();
        }
        throw new IllegalStateException("scoring table output " + output + " is not a number: " + value);
    }
}
