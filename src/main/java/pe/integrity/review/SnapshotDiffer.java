package pe.integrity.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import pe.integrity.review.SubmissionDiff.Change;
import pe.integrity.review.SubmissionDiff.FieldChange;
import pe.integrity.review.SubmissionDiff.Kind;

/**
 * Compares two snapshot documents item by item (by id) and field by field. Works on the JSON rather than on
 * Java types, so snapshots written by an older version of {@link SnapshotContent} still compare.
 */
final class SnapshotDiffer {

    /**
     * Identity and bookkeeping fields: a change there is shown through the readable field next to it
     * ({@code changeStatus} compares with the previous period and changes only when another field does).
     */
    static final Set<String> NOT_COMPARED = Set.of("id", "processId", "riskId", "changeStatus");

    static final int LABEL_LENGTH = 60;

    private SnapshotDiffer() {}

    static SubmissionDiff diff(int round, int previousRound, JsonNode previous, JsonNode current) {
        return new SubmissionDiff(round, previousRound,
                compare(previous.path("risks"), current.path("risks"), SnapshotDiffer::riskLabel),
                compare(previous.path("measures"), current.path("measures"), SnapshotDiffer::measureLabel));
    }

    private static List<Change> compare(JsonNode before, JsonNode after, Function<JsonNode, String> label) {
        Map<Long, JsonNode> old = byId(before);
        Map<Long, JsonNode> now = byId(after);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Long, JsonNode> e : now.entrySet()) {
            JsonNode was = old.get(e.getKey());
            JsonNode is = e.getValue();
            if (was == null) {
                changes.add(new Change(Kind.NEW, e.getKey(), label.apply(is), List.of()));
            } else if (!was.path("removed").asBoolean(false) && is.path("removed").asBoolean(false)) {
                // a risk carried over from last period is kept, marked removed: for SIP it is gone
                changes.add(new Change(Kind.REMOVED, e.getKey(), label.apply(is), List.of()));
            } else {
                List<FieldChange> fields = fields(was, is);
                if (!fields.isEmpty()) {
                    changes.add(new Change(Kind.CHANGED, e.getKey(), label.apply(is), fields));
                }
            }
        }
        for (Map.Entry<Long, JsonNode> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                changes.add(new Change(Kind.REMOVED, e.getKey(), label.apply(e.getValue()), List.of()));
            }
        }
        return changes;
    }

    private static List<FieldChange> fields(JsonNode was, JsonNode is) {
        Set<String> names = new LinkedHashSet<>();
        is.fieldNames().forEachRemaining(names::add);
        was.fieldNames().forEachRemaining(names::add);
        names.removeAll(NOT_COMPARED);
        List<FieldChange> fields = new ArrayList<>();
        for (String name : names) {
            String before = text(was.get(name));
            String after = text(is.get(name));
            if (!java.util.Objects.equals(before, after)) {
                fields.add(new FieldChange(name, before, after));
            }
        }
        return fields;
    }

    private static Map<Long, JsonNode> byId(JsonNode items) {
        Map<Long, JsonNode> map = new LinkedHashMap<>();
        for (Iterator<JsonNode> it = items.elements(); it.hasNext(); ) {
            JsonNode item = it.next();
            map.put(item.path("id").asLong(), item);
        }
        return map;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static String riskLabel(JsonNode risk) {
        return risk.path("code").asText();
    }

    static String measureLabel(JsonNode measure) {
        return measure.path("riskCode").asText() + " · " + abbreviate(measure.path("description").asText());
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }
}
