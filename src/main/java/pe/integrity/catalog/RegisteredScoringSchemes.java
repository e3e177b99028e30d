package pe.integrity.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ScoringSchemes} over the registry table and the DMN tables reached through {@link ScoringTables}.
 * Matrices are computed once per deployed revision of the tables and kept: a redeployed DMN gets a new
 * revision, so a cached matrix never outlives the table it came from.
 */
@Service
class RegisteredScoringSchemes implements ScoringSchemes {

    private final ScoringSchemeRepository registry;
    private final ScoringTables tables;
    private final Clock clock;
    private final Map<String, HeatMap> heatMaps = new ConcurrentHashMap<>();
    private final Map<String, ResidualTable> residualTables = new ConcurrentHashMap<>();

    RegisteredScoringSchemes(ScoringSchemeRepository registry, ScoringTables tables, ObjectProvider<Clock> clock) {
        this.registry = registry;
        this.tables = tables;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public ScoringScheme active() {
        List<ScoringSchemeRow> active = registry.findByActiveTrue();
        if (active.size() != 1) {
            throw new IllegalStateException("expected exactly one active scoring scheme, found " + active.size());
        }
        return toScheme(active.get(0), tablesOf(active.get(0)));
    }

    @Override
    public ScoringScheme byCode(String schemeCode) {
        ScoringSchemeRow row = row(schemeCode);
        return toScheme(row, tablesOf(row));
    }

    @Override
    public List<ScoringScheme> all() {
        return registry.findAllByOrderByValidFromDescCodeAsc().stream()
                .map(row -> toScheme(row, tablesOf(row)))
                .toList();
    }

    @Override
    public InherentScore inherent(String schemeCode, int probability, int impact) {
        ScoringSchemeRow row = row(schemeCode);
        ScoringScheme scheme = toScheme(row, tablesOf(row));
        scheme.probability(probability);
        scheme.impact(impact);
        String code = tables.inherentLevel(row.decisionPrefix(), probability, impact);
        return new InherentScore(probability, impact, probability * impact, known(scheme, code, "inherent"));
    }

    @Override
    public RiskLevel residual(String schemeCode, String inherentLevelCode, String controlRatingCode) {
        ScoringSchemeRow row = row(schemeCode);
        ScoringScheme scheme = toScheme(row, tablesOf(row));
        scheme.level(inherentLevelCode);
        scheme.controlRating(controlRatingCode);
        String code = tables.residualLevel(row.decisionPrefix(), inherentLevelCode, controlRatingCode);
        return known(scheme, code, "residual");
    }

    @Override
    public HeatMap heatMap(String schemeCode) {
        ScoringSchemeRow row = row(schemeCode);
        SchemeTables deployed = tablesOf(row);
        ScoringScheme scheme = toScheme(row, deployed);
        return heatMaps.computeIfAbsent(row.code() + "@" + deployed.revision(), key -> buildHeatMap(row, scheme));
    }

    @Override
    public ResidualTable residualTable(String schemeCode) {
        ScoringSchemeRow row = row(schemeCode);
        SchemeTables deployed = tablesOf(row);
        ScoringScheme scheme = toScheme(row, deployed);
        return residualTables.computeIfAbsent(row.code() + "@" + deployed.revision(), key -> buildResidualTable(row, scheme));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void activate(String schemeCode) {
        ScoringSchemeRow row = row(schemeCode);
        if (row.active()) {
            return;
        }
        List<SchemeProblem> problems = problemsOf(row);
        if (!problems.isEmpty()) {
            throw new SchemeNotUsableException(schemeCode, problems);
        }
        // entity updates, not a bulk query: each row's @Version makes two concurrent activations conflict
        registry.findByActiveTrue().forEach(ScoringSchemeRow::deactivate);
        row.activate(currentUsername(), Instant.now(clock));
    }

    @Override
    public List<DeployedScheme> unregistered() {
        return tables.deployed().stream()
                .filter(d -> !registry.existsByDecisionPrefix(d.decisionPrefix()))
                .sorted(Comparator.comparing(DeployedScheme::decisionPrefix))
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ScoringScheme register(SchemeRegistration registration) {
        if (registry.existsById(registration.code())) {
            throw new ScoringInputException("scheme.register.codeTaken", registration.code());
        }
        DeployedScheme deployed = unregistered().stream()
                .filter(d -> d.decisionPrefix().equals(registration.decisionPrefix()))
                .findFirst()
                .orElseThrow(() -> new ScoringInputException("scheme.register.prefixUnavailable", registration.decisionPrefix()));
        List<SchemeProblem> problems = problemsOf(registration.decisionPrefix());
        if (!problems.isEmpty()) {
            throw new SchemeNotUsableException(registration.code(), problems);
        }
        ScoringSchemeRow row = registry.save(new ScoringSchemeRow(registration, deployed.resourceName()));
        return toScheme(row, tablesOf(row));
    }

    /** What is wrong with the scheme's deployed tables; empty when it can be activated. */
    List<SchemeProblem> problemsOf(ScoringSchemeRow row) {
        return problemsOf(row.decisionPrefix());
    }

    private List<SchemeProblem> problemsOf(String prefix) {
        return tables.read(prefix)
                .map(deployed -> SchemeCheck.problems(
                        deployed,
                        (p, i) -> tables.inherentLevel(prefix, p, i),
                        (level, rating) -> tables.residualLevel(prefix, level, rating)))
                .orElse(List.of(SchemeProblem.of("scheme.check.notDeployed", prefix)));
    }

    private HeatMap buildHeatMap(ScoringSchemeRow row, ScoringScheme scheme) {
        List<HeatMap.Row> rows = new ArrayList<>();
        List<ScaleLevel> impactsDescending = scheme.impactLevels().stream()
                .sorted(Comparator.comparingInt(ScaleLevel::value).reversed())
                .toList();
        for (ScaleLevel impact : impactsDescending) {
            List<HeatMap.Cell> cells = new ArrayList<>();
            for (ScaleLevel probability : scheme.probabilityLevels()) {
                String code = tables.inherentLevel(row.decisionPrefix(), probability.value(), impact.value());
                cells.add(new HeatMap.Cell(probability.value(), impact.value(), probability.value() * impact.value(),
                        known(scheme, code, "inherent")));
            }
            rows.add(new HeatMap.Row(impact, cells));
        }
        return new HeatMap(scheme.code(), scheme.probabilityLevels(), rows);
    }

    private ResidualTable buildResidualTable(ScoringSchemeRow row, ScoringScheme scheme) {
        List<ResidualTable.Row> rows = new ArrayList<>();
        List<RiskLevel> highestFirst = scheme.levels().stream()
                .sorted(Comparator.comparingInt(RiskLevel::rank).reversed())
                .toList();
        for (RiskLevel inherent : highestFirst) {
            List<RiskLevel> residuals = scheme.controlRatings().stream()
                    .map(rating -> known(scheme, tables.residualLevel(row.decisionPrefix(), inherent.code(), rating.code()),
                            "residual"))
                    .toList();
            rows.add(new ResidualTable.Row(inherent, residuals));
        }
        return new ResidualTable(scheme.code(), scheme.controlRatings(), rows);
    }

    private ScoringSchemeRow row(String schemeCode) {
        if (schemeCode == null) {
            throw new UnknownSchemeException("null");
        }
        return registry.findById(schemeCode).orElseThrow(() -> new UnknownSchemeException(schemeCode));
    }

    private SchemeTables tablesOf(ScoringSchemeRow row) {
        return tables.read(row.decisionPrefix())
                .orElseThrow(() -> new IllegalStateException(
                        "scoring scheme " + row.code() + " has no deployed decisions with prefix " + row.decisionPrefix()));
    }

    /** A level code the tables returned must be one of the scheme's levels: anything else is a broken DMN. */
    private static RiskLevel known(ScoringScheme scheme, String levelCode, String table) {
        return scheme.findLevel(levelCode)
                .orElseThrow(() -> new IllegalStateException(
                        "the " + table + " table of " + scheme.code() + " returned " + levelCode + ", not one of its levels"));
    }

    private static ScoringScheme toScheme(ScoringSchemeRow row, SchemeTables t) {
        return new ScoringScheme(row.code(), row.name(), row.provisional(), row.active(), row.validFrom(),
                t.probabilityLevels(), t.impactLevels(), t.controlRatings(), t.levels());
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
