package pe.integrity.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.shared.Display;

/**
 * The revisions of one assessment's audited entities, newest first, read from the Envers tables a page at a time.
 * One statement per page whatever the length of the history: the rows of the page are chosen in the database (by
 * a cursor, never an offset), and for those rows alone the row itself and its previous state are read as JSON, so
 * what changed is the difference of the two.
 *
 * <p>Unchecked: the caller has checked that the user may read the assessment.
 */
@Component
class EntityHistory {

    private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {};

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    EntityHistory(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** At most {@code limit} revisions of the assessment's entities after {@code after} (null: the newest). */
    @Transactional(readOnly = true)
    List<EntityRevision> page(Long assessmentId, EntityRevision.Cursor after, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("assessment", assessmentId).addValue("limit", limit);
        if (after != null) {
            params.addValue("rev", after.rev()).addValue("ord", after.order()).addValue("id", after.id());
        }
        return jdbc.query(sql(after != null), params, this::revision);
    }

    private static String sql(boolean afterCursor) {
        String entries = Arrays.stream(AuditedKind.values())
                .map(k -> "select " + k.order + " as ord, c.id, c.rev, c.revtype from " + k.table + " c where " + k.ofAssessment)
                .collect(Collectors.joining("\n union all "));
        String current = Arrays.stream(AuditedKind.values())
                .map(k -> " when " + k.order + " then (select row_to_json(c)::text from " + k.table
                        + " c where c.id = page.id and c.rev = page.rev)")
                .collect(Collectors.joining());
        String previous = Arrays.stream(AuditedKind.values())
                .map(k -> " when " + k.order + " then (select row_to_json(c)::text from " + k.table
                        + " c where c.id = page.id and c.rev < page.rev order by c.rev desc limit 1)")
                .collect(Collectors.joining());
        String parent = Arrays.stream(AuditedKind.values())
                .filter(k -> k.parentColumn != null)
                .map(k -> " when " + k.order + " then (" + String.format(k.parentName, "(select x." + k.parentColumn
                        + " from " + k.table + " x where x.id = page.id and x.rev = page.rev)") + ")")
                .collect(Collectors.joining());
        String order = " order by revtstmp desc, rev desc, ord desc, id desc";
        return "with entries as (" + entries + "),"
                + " page as (select e.ord, e.id, e.rev, e.revtype, i.revtstmp, i.username, i.full_name"
                + " from entries e join revinfo i on i.rev = e.rev"
                + (afterCursor ? " where (i.revtstmp, e.rev, e.ord, e.id) < ((select r.revtstmp from revinfo r"
                        + " where r.rev = :rev), :rev, :ord, :id)" : "")
                + order + " limit :limit)"
                + " select page.*, case page.ord" + current + " end as current_row,"
                + " case page.ord" + previous + " end as previous_row,"
                + " case page.ord" + parent + " end as parent"
                + " from page" + order;
    }

    private EntityRevision revision(ResultSet rs, int n) throws SQLException {
        AuditedKind kind = AuditedKind.ofOrder(rs.getInt("ord"));
        EntityRevision.Change change = EntityRevision.Change.values()[rs.getInt("revtype")];
        Map<String, Object> current = parse(rs.getString("current_row"));
        String previousJson = rs.getString("previous_row");
        Map<String, Object> previous = previousJson == null ? Map.of() : parse(previousJson);
        Timestamp at = rs.getTimestamp("revtstmp");
        return new EntityRevision(kind, rs.getLong("id"), rs.getLong("rev"), change, at.toInstant(),
                rs.getString("username"), rs.getString("full_name"), shortened(label(kind, current)),
                shortened(rs.getString("parent")),
                change == EntityRevision.Change.DELETED ? List.of() : changes(current, previous),
                change == EntityRevision.Change.CHANGED && previousJson == null);
    }

    /** The fields whose value differs between the two states, in column order; links between rows left out. */
    static List<FieldChange> changes(Map<String, Object> current, Map<String, Object> previous) {
        List<FieldChange> changes = new ArrayList<>();
        current.forEach((column, value) -> {
            if (AuditedKind.LINKS.contains(column)) {
                return;
            }
            String after = shown(value);
            String before = shown(previous.get(column));
            if (!Objects.equals(before, after)) {
                String prefix = value instanceof Boolean || previous.get(column) instanceof Boolean
                        ? "history.boolean."
                        : AuditedKind.CODED.get(column);
                changes.add(new FieldChange(column, before, after, prefix));
            }
        });
        return changes;
    }

    /** A value as a person reads it: dates day first, instants in Lima time, empty text as nothing. */
    static String shown(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.isBlank()) {
            return null;
        }
        if (value instanceof String s && s.length() >= 10 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-') {
            try {
                return s.length() == 10 ? Display.date(LocalDate.parse(s)) : Display.dateTime(OffsetDateTime.parse(s));
            } catch (DateTimeParseException notADate) {
                return s;
            }
        }
        return text;
    }

    /** How much of a name a line of the history shows (a measure is named by its description, up to 2,000 characters). */
    static final int LABEL_LENGTH = 120;

    static String shortened(String text) {
        return text == null || text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    private static String label(AuditedKind kind, Map<String, Object> row) {
        Object value = switch (kind) {
            case ASSESSMENT -> row.get("period_year");
            case PROCESS, ACTIVITY -> row.get("name");
            case RISK -> row.get("code");
            case MEASURE -> row.get("description");
            case REPORT -> row.get("cycle");
        };
        return value == null ? "" : value.toString();
    }

    private Map<String, Object> parse(String row) {
        try {
            return json.readValue(row, ROW);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit row", e);
        }
    }
}
