package pe.integrity.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.integrity.organisation.EntityType;

/**
 * The entities of campaigns, in SQL: selecting them in one statement, counting them by outcome in one, a page of
 * them in two, whatever the number of entities (2,000 in the country).
 */
@Component
class CampaignEntities {

    /** An enabled Conductor in entity {@code e}: the same rule as whom the first task's mail goes to. */
    static final String HAS_CONDUCTOR = "EXISTS (SELECT 1 FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
            + " WHERE u.entity_id = e.id AND u.enabled AND r.role = 'CONDUCTOR')";

    private final JdbcTemplate jdbc;

    CampaignEntities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a selection would do if launched now; one statement. */
    Preview preview(EntitySelection selection) {
        List<Object> args = selection.args();
        args.add(selection.periodYear());
        String where = selection.where(args);
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(*) FILTER (WHERE NOT " + HAS_CONDUCTOR + "),"
                + " COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM assessment a WHERE a.entity_id = e.id"
                + " AND a.period_year = ?)) FROM public_entity e WHERE " + where,
                (rs, n) -> new Preview(rs.getLong(1), rs.getLong(2), rs.getLong(3)), args.toArray());
    }

    /** Stores the campaign's entities, all pending; returns how many. */
    int select(Long campaignId, EntitySelection selection) {
        List<Object> args = selection.args();
        args.add(campaignId);
        String where = selection.where(args);
        return jdbc.update("INSERT INTO campaign_entity (campaign_id, entity_id, outcome) SELECT ?, e.id, 'PENDING'"
                + " FROM public_entity e WHERE " + where, args.toArray());
    }

    /**
     * The next pending entities, locked until the batch commits: a second run of the same job (a retry on another
     * node) waits, then finds them done.
     */
    List<Long> nextPending(Long campaignId, int size) {
        return jdbc.queryForList("SELECT entity_id FROM campaign_entity WHERE campaign_id = ? AND outcome = 'PENDING'"
                + " ORDER BY entity_id LIMIT ? FOR UPDATE", Long.class, campaignId, size);
    }

    boolean anyPending(Long campaignId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM campaign_entity"
                + " WHERE campaign_id = ? AND outcome = 'PENDING')", Boolean.class, campaignId));
    }

    void record(Long campaignId, Long entityId, Outcome outcome, Long assessmentId, Instant at) {
        jdbc.update("UPDATE campaign_entity SET outcome = ?, assessment_id = ?, done_at = ?"
                + " WHERE campaign_id = ? AND entity_id = ?",
                outcome.name(), assessmentId, Timestamp.from(at), campaignId, entityId);
    }

    Progress progress(Long campaignId) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0L);
        }
        jdbc.query("SELECT outcome, COUNT(*) FROM campaign_entity WHERE campaign_id = ? GROUP BY outcome",
                rs -> {
                    counts.put(Outcome.valueOf(rs.getString(1)), rs.getLong(2));
                }, campaignId);
        return new Progress(counts);
    }

    /** Progress of several campaigns in one statement (a page of the campaign list). */
    Map<Long, Progress> progress(java.util.Collection<Long> campaignIds) {
        Map<Long, Map<Outcome, Long>> counts = new java.util.HashMap<>();
        campaignIds.forEach(id -> counts.put(id, new EnumMap<>(Outcome.class)));
        if (!campaignIds.isEmpty()) {
            String in = String.join(",", java.util.Collections.nCopies(campaignIds.size(), "?"));
            jdbc.query("SELECT campaign_id, outcome, COUNT(*) FROM campaign_entity WHERE campaign_id IN (" + in + ")"
                    + " GROUP BY campaign_id, outcome", rs -> {
                        counts.get(rs.getLong(1)).put(Outcome.valueOf(rs.getString(2)), rs.getLong(3));
                    }, campaignIds.toArray());
        }
        Map<Long, Progress> progress = new java.util.HashMap<>();
        counts.forEach((id, c) -> progress.put(id, new Progress(c)));
        return progress;
    }

    /** A page of the campaign's entities by name, all or those of one outcome. */
    Page<CampaignRow> page(Long campaignId, Outcome outcome, int page, int size) {
        String where = " WHERE c.campaign_id = ?" + (outcome == null ? "" : " AND c.outcome = ?");
        Object[] args = outcome == null ? new Object[] {campaignId} : new Object[] {campaignId, outcome.name()};
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_entity c" + where, Long.class, args);
        PageRequest request = PageRequest.of(Math.max(page, 0), size);
        List<CampaignRow> rows = jdbc.query("SELECT e.id, e.name, e.type, e.department, e.sector, c.outcome,"
                + " c.assessment_id FROM campaign_entity c JOIN public_entity e ON e.id = c.entity_id" + where
                + " ORDER BY e.name, e.id LIMIT " + size + " OFFSET " + request.getOffset(),
                (rs, n) -> new CampaignRow(rs.getLong(1), rs.getString(2), EntityType.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), Outcome.valueOf(rs.getString(6)),
                        (Long) rs.getObject(7)), args);
        return new PageImpl<>(rows, request, total);
    }

    /** What launching a selection would do: entities selected, of them without a Conductor, and already opened. */
    public record Preview(long total, long withoutConductor, long alreadyOpen) {}

    /** A campaign's entities by outcome. */
    public record Progress(Map<Outcome, Long> counts) {

        public long get(Outcome outcome) {
            return counts.getOrDefault(outcome, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long done() {
            return total() - get(Outcome.PENDING);
        }

        public int percent() {
            long total = total();
            return total == 0 ? 100 : (int) (100 * done() / total);
        }
    }

    /** One entity of a campaign, with what its launch did and the assessment it opened or found. */
    public record CampaignRow(Long entityId, String name, EntityType type, String department, String sector,
            Outcome outcome, Long assessmentId) {}
}
