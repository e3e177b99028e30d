package pe.integrity.register.entity;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.review.ObservationTarget;
import pe.integrity.review.ObservationView;
import pe.integrity.review.Observations;

/**
 * SIP's observations for the register's review history, by round (oldest first) and then by target (the
 * assessment as a whole, then risks and measures by label), as the review module records them.
 */
@Component
public class ReviewHistory {

    private final Observations observations;
    private final RegisterText text;

    ReviewHistory(Observations observations, RegisterText text) {
        this.observations = observations;
        this.text = text;
    }

    List<RegisterData.ObservationRow> observations(CurrentUser reader, Long assessmentId) {
        return observations.ofAssessment(reader, assessmentId).stream()
                .sorted(Comparator.comparingInt(ObservationView::round)
                        .thenComparing(ObservationView::targetType)
                        .thenComparing(o -> RegisterText.orEmpty(o.targetLabel()))
                        .thenComparing(ObservationView::id))
                .map(this::row)
                .toList();
    }

    private RegisterData.ObservationRow row(ObservationView o) {
        String kind = text.label("observations.target." + o.targetType().name());
        String target = o.targetType() == ObservationTarget.ASSESSMENT || o.targetLabel() == null
                ? kind
                : kind + " " + o.targetLabel();
        String resolved = o.resolved()
                ? text.label("observations.resolved") + " " + RegisterText.date(o.resolvedAt())
                : text.label("observations.open");
        return new RegisterData.ObservationRow(o.round(), target, o.text(), o.authorName(),
                RegisterText.dateTime(o.createdAt()), resolved.strip());
    }
}
