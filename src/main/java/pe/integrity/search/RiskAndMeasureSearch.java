package pe.integrity.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityAccess;
import pe.integrity.organisation.ReadScope;

/**
 * Finds the current risks (not withdrawn) and their measures whose text matches, best match first, one page at a
 * time: two statements per page, the count (with the number of words that were searched) and the page with its
 * snippets. The person's read scope ({@link EntityAccess#readScope}) is a condition of both, never a filter
 * of the results afterwards. Ranks weigh a risk's statement and behaviour (and a measure's description) above its
 * causes and consequences, and those above the rest (the weights of {@code search_vector}, changelog 0027).
 */
@Service
@Transactional(readOnly = true)
public class RiskAndMeasureSearch {

    public static final int PAGE_SIZE = 20;

    /**
     * Matches counted at most, per kind: a word every register uses matches most of the country's rows, and counting
     * them all would double the cost of the page; «más de 1000» says enough to narrow the search.
     */
    public static final int COUNTED = 1000;

    /** Two fragments around the matches, the found words between the markers of {@link SearchHit#parts}. */
    static final String HEADLINE = "MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=\" … \", StartSel="
            + SearchHit.START + ", StopSel=" + SearchHit.STOP;

    private static final String RISK_TEXT = "concat_ws(' · ', r.statement, r.risky_behaviour, r.causes, r.consequences,"
            + " r.context, r.actors, r.existing_controls, r.acceptance_justification, r.closing_comment)";
    private static final String MEASURE_TEXT = "concat_ws(' · ', m.description, m.cause_addressed, m.indicator,"
            + " m.target_value, m.verification_means, m.resources, m.progress_comment, m.dropped_reason)";

    private final JdbcClient jdbc;
    private final EntityAccess access;

    RiskAndMeasureSearch(JdbcClient jdbc, EntityAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** What the search finds for this person; a request with a problem (empty, too long) runs no query. */
    public SearchResult search(CurrentUser user, SearchRequest request) {
        PageRequest paging = PageRequest.of(request.page(), PAGE_SIZE);
        if (request.problem() != null) {
            return new SearchResult(request.problem(), new PageImpl<>(List.of(), paging, 0), false);
        }
        ReadScope scope = access.readScope(user);
        if (scope.isEmpty()) {
            return new SearchResult(null, new PageImpl<>(List.of(), paging, 0), false);
        }
        Filters filters = new Filters(scope, request);
        Map<String, Object> params = filters.params;
        params.put("q", request.text());

        StringBuilder count = new StringBuilder("WITH q AS (SELECT es_search_query(:q) AS query) SELECT"
                + " (SELECT numnode(query) FROM q), 0");
        for (Part part : filters.parts(request.kind())) {
            count.append(" + (SELECT count(*) FROM (SELECT 1 ").append(part.from()).append(" LIMIT ")
                    .append(COUNTED + 1).append(") counted)");
        }
        Object[] counted = jdbc.sql(count.toString()).params(params)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getLong(2)}).single();
        if ((int) counted[0] == 0) {
            return new SearchResult("search.error.onlyCommonWords", new PageImpl<>(List.of(), paging, 0), false);
        }
        long matched = (long) counted[1];
        boolean more = matched > COUNTED;
        long total = Math.min(matched, COUNTED);
        if (total == 0 || paging.getOffset() >= total) {
            return new SearchResult(null, new PageImpl<>(List.of(), paging, total), more);
        }
        return new SearchResult(null, new PageImpl<>(page(filters, request.kind(), params, paging), paging, total),
                more);
    }

    private List<SearchHit> page(Filters filters, SearchKind kind, Map<String, Object> params, PageRequest paging) {
        List<String> hits = new ArrayList<>();
        for (Part part : filters.parts(kind)) {
            String row = part.kind() == SearchKind.MEASURE ? "m" : "r";
            hits.add("SELECT '" + part.kind() + "', " + row + ".id, ts_rank(" + row + ".search_vector, q.query) "
                    + part.from());
        }
        params.put("limit", paging.getPageSize());
        params.put("offset", paging.getOffset());
        params.put("headline", HEADLINE);
        String sql = "WITH q AS (SELECT es_search_query(:q) AS query),"
                + " hits (kind, id, rank) AS (" + String.join(" UNION ALL ", hits)
                + " ORDER BY 3 DESC, 1 DESC, 2 LIMIT :limit OFFSET :offset)"
                + " SELECT h.kind, h.id, a.id, e.id, e.name, a.period_year, r.code,"
                + " CASE WHEN h.kind = 'RISK' THEN r.statement ELSE m.description END,"
                + " ts_headline('spanish_unaccent', CASE WHEN h.kind = 'RISK' THEN " + RISK_TEXT + " ELSE " + MEASURE_TEXT
                + " END, q.query, :headline)"
                + " FROM hits h CROSS JOIN q"
                + " LEFT JOIN measure m ON h.kind = 'MEASURE' AND m.id = h.id"
                + " JOIN risk r ON r.id = CASE WHEN h.kind = 'RISK' THEN h.id ELSE m.risk_id END"
                + " JOIN assessment a ON a.id = r.assessment_id JOIN public_entity e ON e.id = a.entity_id"
                + " ORDER BY h.rank DESC, h.kind DESC, h.id";
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            SearchKind k = SearchKind.valueOf(rs.getString(1));
            long id = rs.getLong(2);
            long assessment = rs.getLong(3);
            String href = "/assessments/" + assessment + (k == SearchKind.RISK ? "/risks/" : "/measures/") + id;
            return new SearchHit(k, id, assessment, rs.getLong(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                    rs.getString(8), SearchHit.parts(rs.getString(9)), href);
        }).list();
    }

    /** The conditions of a search: where the person may read, and the filters they chose (bound, never spliced). */
    private static final class Filters {

        final Map<String, Object> params = new LinkedHashMap<>();
        private final String where;

        Filters(ReadScope scope, SearchRequest request) {
            StringBuilder w = new StringBuilder(" AND NOT r.removed");
            if (!scope.all()) {
                w.append(" AND a.entity_id = :scopeEntity");
                params.put("scopeEntity", scope.entityId());
            }
            if (request.periodYear() != null) {
                w.append(" AND a.period_year = :periodYear");
                params.put("periodYear", request.periodYear());
            }
            if (scope.all()) {
                if (request.entityType() != null) {
                    w.append(" AND e.type = :entityType");
                    params.put("entityType", request.entityType().name());
                }
                if (request.sector() != null) {
                    w.append(" AND e.sector = :sector");
                    params.put("sector", request.sector());
                }
                if (request.department() != null) {
                    w.append(" AND e.department = :department");
                    params.put("department", request.department());
                }
                if (request.entity() != null) {
                    w.append(" AND (unaccent(lower(e.name)) LIKE :entity ESCAPE '\\'"
                            + " OR unaccent(lower(e.acronym)) LIKE :entity ESCAPE '\\')");
                    params.put("entity", "%" + likeEscaped(stripAccents(request.entity())) + "%");
                }
            }
            this.where = w.toString();
        }

        /** The FROM ... WHERE of each kind searched: risks, measures or both. */
        List<Part> parts(SearchKind kind) {
            List<Part> parts = new ArrayList<>();
            String entity = " JOIN assessment a ON a.id = r.assessment_id JOIN public_entity e ON e.id = a.entity_id";
            if (kind == null || kind == SearchKind.RISK) {
                parts.add(new Part(SearchKind.RISK,
                        "FROM risk r" + entity + " CROSS JOIN q WHERE r.search_vector @@ q.query" + where));
            }
            if (kind == null || kind == SearchKind.MEASURE) {
                parts.add(new Part(SearchKind.MEASURE, "FROM measure m JOIN risk r ON r.id = m.risk_id" + entity
                        + " CROSS JOIN q WHERE m.search_vector @@ q.query" + where));
            }
            return parts;
        }

        private static String stripAccents(String s) {
            return java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
        }

        private static String likeEscaped(String s) {
            return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    /** The rows of one kind that match, as {@code FROM ... WHERE}: risks as {@code r}, measures as {@code m}. */
    private record Part(SearchKind kind, String from) {}

    /**
     * One page of results, or why there are none: {@code problem} is a message key (nothing typed, too long, only
     * words too common to search), null when the search ran. With {@code more}, more than {@link #COUNTED} matched
     * and the page's total is {@link #COUNTED}: the pages go that far.
     */
    public record SearchResult(String problem, Page<SearchHit> page, boolean more) {}
}
