package pe.integrity.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;

/**
 * The risks and measures of one assessment that an observation may point at, with their labels and the
 * process each belongs to (for links). Built inside a transaction; holds only plain values afterwards.
 */
final class Targets {

    record Target(ObservationTarget type, Long id, String label, Long processId) {

        public String value() {
            return type.name() + ":" + id;
        }
    }

    private final Map<Long, Target> risks = new LinkedHashMap<>();
    private final Map<Long, Target> measures = new LinkedHashMap<>();

    Targets(List<Risk> risks, List<Measure> measures) {
        for (Risk r : risks) {
            if (!r.isRemoved()) {
                this.risks.put(r.getId(), new Target(ObservationTarget.RISK, r.getId(), r.getCode(),
                        r.getProcess().getId()));
            }
        }
        for (Measure m : measures) {
            Risk r = m.getRisk();
            this.measures.put(m.getId(), new Target(ObservationTarget.MEASURE, m.getId(),
                    r.getCode() + " · " + SnapshotDiffer.abbreviate(m.getDescription()), r.getProcess().getId()));
        }
    }

    /** The target an observation form names, or null when it is not part of this assessment. */
    Target find(ObservationTarget type, Long id) {
        if (type == null || id == null) {
            return null;
        }
        return switch (type) {
            case RISK -> risks.get(id);
            case MEASURE -> measures.get(id);
            case ASSESSMENT -> null;
        };
    }

    Long processOf(ObservationTarget type, Long id) {
        Target t = find(type, id);
        return t == null ? null : t.processId();
    }

    List<Target> risks() {
        return List.copyOf(risks.values());
    }

    List<Target> measures() {
        return List.copyOf(measures.values());
    }
}
