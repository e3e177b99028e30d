package pe.integrity.review;

import java.util.List;
import java.util.Objects;

/**
 * The observations of the round SIP returned, as the pages where they are fixed show them: the risk's page,
 * its evaluation, the measure's page, and all of them on the assessment's overview.
 *
 * @param canResolve whether the user may mark them resolved (the entity's Conductor, while correcting)
 * @param open still to fix
 * @param resolved already marked resolved in this round (the mark can be taken back)
 */
public record ObservationsToFix(boolean canResolve, List<ObservationView> open, List<ObservationView> resolved) {

    /** Nothing to fix: the assessment is not being corrected. */
    public static final ObservationsToFix NONE = new ObservationsToFix(false, List.of(), List.of());

    public ObservationsToFix {
        open = List.copyOf(open);
        resolved = List.copyOf(resolved);
    }

    /** Only those about one risk or one measure (or, with a null id, the assessment as a whole). */
    public ObservationsToFix on(ObservationTarget type, Long targetId) {
        return new ObservationsToFix(canResolve,
                open.stream().filter(o -> about(o, type, targetId)).toList(),
                resolved.stream().filter(o -> about(o, type, targetId)).toList());
    }

    public boolean isEmpty() {
        return open.isEmpty() && resolved.isEmpty();
    }

    private static boolean about(ObservationView o, ObservationTarget type, Long targetId) {
        return o.targetType() == type && Objects.equals(o.targetId(), targetId);
    }
}
