package pe.integrity.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks that a scheme's DMN tables fit together before anyone scores with them: axes with distinct
 * values, ranked levels with colours, an inherent level for every cell (never lower for a higher
 * probability or impact) and a residual level for every level and rating (never above the inherent one).
 */
final class SchemeCheck {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final SchemeTables tables;
    private final BiFunction<Integer, Integer, String> inherent;
    private final BiFunction<String, String, String> residual;
    private final List<SchemeProblem> problems = new ArrayList<>();

    private SchemeCheck(
            SchemeTables tables,
            BiFunction<Integer, Integer, String> inherent,
            BiFunction<String, String, String> residual) {
        this.tables = tables;
        this.inherent = inherent;
        this.residual = residual;
    }

    /** All problems found; empty when the scheme can be used. */
    static List<SchemeProblem> problems(
            SchemeTables tables,
            BiFunction<Integer, Integer, String> inherent,
            BiFunction<String, String, String> residual) {
        SchemeCheck check = new SchemeCheck(tables, inherent, residual);
        check.axis("probability", tables.probabilityLevels());
        check.axis("impact", tables.impactLevels());
        check.levels();
        check.ratings();
        if (check.problems.isEmpty()) {
            // the cross-table checks only make sense on sound axes and levels
            check.inherentTable();
            check.residualTable();
        }
        return List.copyOf(check.problems);
    }

    private void axis(String axis, List<ScaleLevel> levels) {
        if (levels.size() < 2) {
            problems.add(SchemeProblem.of("scheme.check.axis.tooSmall", axis));
        }
        Set<Integer> seen = new HashSet<>();
        for (ScaleLevel level : levels) {
            if (level.value() < 1) {
                problems.add(SchemeProblem.of("scheme.check.axis.notPositive", axis, level.value()));
            }
            if (!seen.add(level.value())) {
                problems.add(SchemeProblem.of("scheme.check.axis.duplicate", axis, level.value()));
            }
            if (blank(level.labelEs())) {
                problems.add(SchemeProblem.of("scheme.check.axis.noLabel", axis, level.value()));
            }
        }
    }

    private void levels() {
        List<RiskLevel> levels = tables.levels();
        if (levels.isEmpty()) {
            problems.add(SchemeProblem.of("scheme.check.level.none"));
            return;
        }
        Set<String> codes = new HashSet<>();
        for (RiskLevel level : levels) {
            if (blank(level.code()) || !codes.add(level.code())) {
                problems.add(SchemeProblem.of("scheme.check.level.duplicate", String.valueOf(level.code())));
            }
            if (level.colour() == null || !COLOUR.matcher(level.colour()).matches()) {
                problems.add(SchemeProblem.of("scheme.check.level.colour", level.code(), String.valueOf(level.colour())));
            }
        }
        List<Integer> ranks = levels.stream().map(RiskLevel::rank).sorted().toList();
        for (int i = 0; i < ranks.size(); i++) {
            if (ranks.get(i) != i + 1) {
                problems.add(SchemeProblem.of("scheme.check.level.ranks", levels.size()));
                return;
            }
        }
        // treatment is a threshold: once a level requires it, every higher level does too
        boolean required = false;
        for (RiskLevel level : levels.stream().sorted(Comparator.comparingInt(RiskLevel::rank)).toList()) {
            if (required && !level.treatmentRequired()) {
                problems.add(SchemeProblem.of("scheme.check.level.treatment", level.code()));
            }
            required |= level.treatmentRequired();
        }
    }

    private void ratings() {
        if (tables.controlRatings().isEmpty()) {
            problems.add(SchemeProblem.of("scheme.check.rating.none"));
        }
        Set<String> codes = new HashSet<>();
        for (ControlRating rating : tables.controlRatings()) {
            if (blank(rating.code()) || !codes.add(rating.code())) {
                problems.add(SchemeProblem.of("scheme.check.rating.duplicate", String.valueOf(rating.code())));
            }
        }
    }

    private void inherentTable() {
        Map<String, Integer> rank = ranks();
        int[][] cellRank = new int[tables.probabilityLevels().size()][tables.impactLevels().size()];
        for (int p = 0; p < tables.probabilityLevels().size(); p++) {
            for (int i = 0; i < tables.impactLevels().size(); i++) {
                int probability = tables.probabilityLevels().get(p).value();
                int impact = tables.impactLevels().get(i).value();
                String code = evaluate(() -> inherent.apply(probability, impact), "scheme.check.inherent.error", probability, impact);
                cellRank[p][i] = -1;
                if (code == null) {
                    continue;
                }
                if (code.isEmpty()) {
                    problems.add(SchemeProblem.of("scheme.check.inherent.noRule", probability, impact));
                } else if (!rank.containsKey(code)) {
                    problems.add(SchemeProblem.of("scheme.check.inherent.unknownLevel", probability, impact, code));
                } else {
                    cellRank[p][i] = rank.get(code);
                }
            }
        }
        for (int p = 0; p < cellRank.length; p++) {
            for (int i = 0; i < cellRank[p].length; i++) {
                boolean lowerRight = p + 1 < cellRank.length && lower(cellRank[p + 1][i], cellRank[p][i]);
                boolean lowerUp = i + 1 < cellRank[p].length && lower(cellRank[p][i + 1], cellRank[p][i]);
                if (lowerRight || lowerUp) {
                    problems.add(SchemeProblem.of("scheme.check.inherent.notMonotonic",
                            tables.probabilityLevels().get(p).value(), tables.impactLevels().get(i).value()));
                }
            }
        }
    }

    private void residualTable() {
        Map<String, Integer> rank = ranks();
        for (RiskLevel level : tables.levels()) {
            for (ControlRating rating : tables.controlRatings()) {
                String code = evaluate(() -> residual.apply(level.code(), rating.code()), "scheme.check.residual.error",
                        level.code(), rating.code());
                if (code == null) {
                    continue;
                }
                if (code.isEmpty()) {
                    problems.add(SchemeProblem.of("scheme.check.residual.noRule", level.code(), rating.code()));
                } else if (!rank.containsKey(code)) {
                    problems.add(SchemeProblem.of("scheme.check.residual.unknownLevel", level.code(), rating.code(), code));
                } else if (rank.get(code) > level.rank()) {
                    problems.add(SchemeProblem.of("scheme.check.residual.raises", level.code(), rating.code(), code));
                }
            }
        }
    }

    /** The evaluated code, "" when no rule matched, null when the engine failed (already reported). */
    private String evaluate(Supplier<String> evaluation, String errorKey, Object a, Object b) {
        try {
            String code = evaluation.get();
            return code == null ? "" : code;
        } catch (RuntimeException e) {
            problems.add(SchemeProblem.of(errorKey, a, b, String.valueOf(e.getMessage())));
            return null;
        }
    }

    private Map<String, Integer> ranks() {
        return tables.levels().stream().collect(Collectors.toMap(RiskLevel::code, RiskLevel::rank, (x, y) -> x));
    }

    private static boolean lower(int next, int current) {
        return next >= 0 && current >= 0 && next < current;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
