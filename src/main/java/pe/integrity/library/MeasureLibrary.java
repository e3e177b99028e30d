package pe.integrity.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.MeasureType;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.catalog.Typology;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.Role;

/**
 * Reads the library of measures: the measures of approved registers (assessments SIP approved: in follow-up,
 * closing or closed, whose plan no longer changes) with how far follow-up got and whether the risk's level fell at
 * close. SIP's curation list pages all of them; an entity's suggestions are only those shared (SIP excluded neither
 * the measure nor its register), of other entities, for one typology. Each read is one or two statements whatever
 * the country's size: the levels' ranks of every scheme go into the statement as a small {@code VALUES} list, so
 * "did the level fall" is compared and sorted in the database.
 */
@Service
@Transactional(readOnly = true)
public class MeasureLibrary {

    /** How many suggestions a risk of a plan shows. */
    public static final int SUGGESTIONS = 5;

    /** Approved by SIP: the stages after the approval (the plan is frozen there; follow-up goes on). */
    static final List<AssessmentStage> APPROVED =
            List.of(AssessmentStage.FOLLOW_UP, AssessmentStage.CLOSING, AssessmentStage.CLOSED);

    private static final String FROM = " FROM measure m JOIN risk r ON r.id = m.risk_id"
            + " JOIN assessment a ON a.id = r.assessment_id JOIN public_entity e ON e.id = a.entity_id"
            + " LEFT JOIN library_measure_choice c ON c.measure_id = m.id"
            + " LEFT JOIN library_register_exclusion x ON x.assessment_id = a.id"
            + " WHERE NOT r.removed AND a.stage IN (" + APPROVED.stream().map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", ")) + ")";
    // "the level fell": the residual level at close ranks below the residual level as evaluated, as
    // assessment.ClosingRating.changesAtClose decides it for the closing report (here in SQL, to sort by it)
    private static final String RANKS = " LEFT JOIN lv lr ON lr.scheme = r.scheme_code AND lr.code = r.residual_level"
            + " LEFT JOIN lv lc ON lc.scheme = r.scheme_code AND lc.code = r.closing_residual_level";
    private static final String SHARED = " AND NOT COALESCE(c.excluded, false) AND x.assessment_id IS NULL";

    private final JdbcTemplate jdbc;
    private final ScoringSchemes schemes;
    private final Catalog catalog;

    MeasureLibrary(JdbcTemplate jdbc, ScoringSchemes schemes, Catalog catalog) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.catalog = catalog;
    }

    /** Who reads the whole library (with the entities' names and SIP's decisions): SIP's reviewers and auditors. */
    public static boolean readsAll(CurrentUser user) {
        return user.has(Role.SIP_REVIEWER) || user.has(Role.AUDITOR);
    }

    /** One page of the library for SIP's curation (auditors read it too), newest periods first. */
    public Page<LibraryMeasure> page(CurrentUser user, LibraryFilter filter, int page, int size, Locale locale) {
        if (!readsAll(user)) {
            throw new AccessDeniedException("the library's curation is SIP's; auditors read it");
        }
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        long total = jdbc.queryForObject("SELECT COUNT(*)" + FROM + where, Long.class, args.toArray());
        PageRequest request = PageRequest.of(Math.max(page, 0), size);
        if (total == 0) {
            return new PageImpl<>(List.of(), request, 0);
        }
        Labels labels = new Labels(schemes.all(), catalog.typologies(), locale);
        List<Object> all = new ArrayList<>(levelArgs(labels.schemes));
        all.addAll(args);
        all.add(size);
        all.add(request.getOffset());
        List<LibraryMeasure> rows = jdbc.query(levels(labels.schemes)
                + "SELECT m.id, a.id, e.name, e.type, a.period_year, r.typology_code, r.category, r.code, p.name,"
                + " m.description, m.type, m.indicator, m.status, m.progress, r.scheme_code, r.residual_level,"
                + " r.closing_residual_level, lc.rnk < lr.rnk, COALESCE(c.excluded, false),"
                + " COALESCE(c.good_practice, false), x.assessment_id IS NOT NULL"
                + FROM.replace(" WHERE ", " JOIN process_in_scope p ON p.id = r.process_in_scope_id" + RANKS + " WHERE ")
                + where + " ORDER BY a.period_year DESC, e.name, a.id, r.code, m.id LIMIT ? OFFSET ?",
                (rs, n) -> row(rs, labels), all.toArray());
        return new PageImpl<>(rows, request, total);
    }

    /**
     * Suggestions for a risk of the plan of {@code entityId}: shared measures of other entities' approved registers
     * for the same typology; good practices first, then those of entities of the same type, then those whose risk's
     * level fell at close, then the furthest along. None without a typology. Only the entity's own people ask.
     */
    public List<Suggestion> suggestions(CurrentUser user, Long entityId, String typologyCode) {
        requireOwnEntity(user, entityId);
        if (typologyCode == null) {
            return List.of();
        }
        List<ScoringScheme> all = schemes.all();
        List<Object> args = new ArrayList<>(levelArgs(all));
        args.add(entityId);
        args.add(typologyCode);
        args.add(entityId);
        args.add(SUGGESTIONS);
        return jdbc.query(levels(all) + SUGGESTION + FROM.replace(" WHERE ", RANKS + " WHERE ") + SHARED
                + " AND r.typology_code = ? AND a.entity_id <> ?"
                + " ORDER BY COALESCE(c.good_practice, false) DESC, 15 DESC, COALESCE(lc.rnk < lr.rnk, false) DESC,"
                + " m.progress DESC, m.id DESC LIMIT ?", (rs, n) -> suggestion(rs), args.toArray());
    }

    /**
     * A measure of the library that the entity's people may copy into their plan: shared, approved, another entity's.
     * Empty for anything else (excluded, not approved, the entity's own, unknown), so an id typed in the address
     * reveals nothing.
     */
    public Optional<Suggestion> toCopy(CurrentUser user, Long entityId, Long measureId) {
        requireOwnEntity(user, entityId);
        List<ScoringScheme> all = schemes.all();
        List<Object> args = new ArrayList<>(levelArgs(all));
        args.add(entityId);
        args.add(measureId);
        args.add(entityId);
        return jdbc.query(levels(all) + SUGGESTION + FROM.replace(" WHERE ", RANKS + " WHERE ") + SHARED
                + " AND m.id = ? AND a.entity_id <> ?", (rs, n) -> suggestion(rs), args.toArray()).stream().findFirst();
    }

    /** The typologies SIP may filter by, in catalogue order. */
    public List<Typology> typologies() {
        return catalog.typologies();
    }

    private static final String SUGGESTION = "SELECT m.id, m.description, m.type, m.cause_addressed, m.indicator,"
            + " m.target_value, m.verification_means, m.status, m.progress, e.type,"
            + " CASE WHEN COALESCE(c.good_practice, false) THEN e.name END, a.period_year,"
            + " COALESCE(c.good_practice, false), lc.rnk < lr.rnk,"
            + " e.type = (SELECT own.type FROM public_entity own WHERE own.id = ?)";

    private static void requireOwnEntity(CurrentUser user, Long entityId) {
        if (entityId == null || !entityId.equals(user.entityId())) {
            throw new AccessDeniedException("suggestions are for the entity's own plan");
        }
    }

    private static String where(LibraryFilter f, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (f.typologyCode() != null) {
            sql.append(" AND r.typology_code = ?");
            args.add(f.typologyCode());
        }
        if (f.entityType() != null) {
            sql.append(" AND e.type = ?");
            args.add(f.entityType().name());
        }
        if (f.state() != null) {
            sql.append(switch (f.state()) {
                case SHARED -> SHARED;
                case GOOD_PRACTICE -> SHARED + " AND COALESCE(c.good_practice, false)";
                case EXCLUDED -> " AND (COALESCE(c.excluded, false) OR x.assessment_id IS NOT NULL)";
            });
        }
        return sql.toString();
    }

    /** Every scheme's levels as (scheme, code, rank): a handful of rows. */
    private static String levels(List<ScoringScheme> all) {
        StringBuilder values = new StringBuilder();
        for (ScoringScheme s : all) {
            for (int i = 0; i < s.levels().size(); i++) {
                values.append(values.isEmpty() ? "" : ", ").append("(CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS INT))");
            }
        }
        return values.isEmpty()
                ? "WITH lv(scheme, code, rnk) AS (SELECT CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS INT)) "
                : "WITH lv(scheme, code, rnk) AS (VALUES " + values + ") ";
    }

    private static List<Object> levelArgs(List<ScoringScheme> all) {
        List<Object> args = new ArrayList<>();
        for (ScoringScheme s : all) {
            for (RiskLevel l : s.levels()) {
                args.add(s.code());
                args.add(l.code());
                args.add(l.rank());
            }
        }
        return args;
    }

    /** The names of levels and typologies for one page, read once. */
    private record Labels(List<ScoringScheme> schemes, List<Typology> typologies, Locale locale) {

        String typology(String code) {
            return code == null ? null : typologies.stream().filter(t -> t.code().equals(code)).findFirst()
                    .map(t -> t.name(locale)).orElse(code);
        }

        String level(String scheme, String level) {
            if (scheme == null || level == null) {
                return null;
            }
            return schemes.stream().filter(s -> s.code().equals(scheme)).findFirst()
                    .flatMap(s -> s.findLevel(level)).map(l -> l.label(locale)).orElse(level);
        }
    }

    private static LibraryMeasure row(ResultSet rs, Labels labels) throws SQLException {
        String scheme = rs.getString(15);
        return new LibraryMeasure(rs.getLong(1), rs.getLong(2), rs.getString(3), EntityType.valueOf(rs.getString(4)),
                rs.getInt(5), rs.getString(6), labels.typology(rs.getString(6)),
                PracticeCategory.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                MeasureType.valueOf(rs.getString(11)), rs.getString(12), MeasureStatus.valueOf(rs.getString(13)),
                rs.getInt(14), labels.level(scheme, rs.getString(16)), labels.level(scheme, rs.getString(17)),
                (Boolean) rs.getObject(18), rs.getBoolean(19), rs.getBoolean(20), rs.getBoolean(21));
    }

    private static Suggestion suggestion(ResultSet rs) throws SQLException {
        return new Suggestion(rs.getLong(1), rs.getString(2), MeasureType.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), MeasureStatus.valueOf(rs.getString(8)), rs.getInt(9),
                EntityType.valueOf(rs.getString(10)), rs.getString(11), rs.getInt(12), rs.getBoolean(13),
                rs.getBoolean(15), (Boolean) rs.getObject(14));
    }
}
