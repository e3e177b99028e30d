package pe.integrity.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.SubmittedRisk;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScaleLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;

/** Reads what SIP's review page shows of a submitted assessment. */
@Component
public class ReviewPages {

    private final Assessments assessments;
    private final Observations observations;
    private final Submissions submissions;
    private final EntityDirectory entities;
    private final ScoringSchemes schemes;

    ReviewPages(Assessments assessments, Observations observations, Submissions submissions,
            EntityDirectory entities, ScoringSchemes schemes) {
        this.assessments = assessments;
        this.observations = observations;
        this.submissions = submissions;
        this.entities = entities;
        this.schemes = schemes;
    }

    /** The submission as SIP reviews it: the plan, how it changed since the last round, earlier observations. */
    @Transactional(readOnly = true)
    public ReviewCase load(CurrentUser reviewer, Long id) {
        Assessment a = assessments.get(reviewer, id);
        int round = a.getSubmissionRound();
        ScoringScheme scheme = schemes.byCode(a.getSchemeCode());
        Map<String, RiskLevel> levels = new LinkedHashMap<>();
        scheme.levels().forEach(l -> levels.put(l.code(), l));

        List<Risk> risks = assessments.risks(reviewer, id).stream().filter(r -> !r.isRemoved()).toList();
        List<Measure> measures = assessments.measures(reviewer, id);
        Targets targets = new Targets(risks, measures);
        SubmissionDiff diff = submissions.diff(reviewer, id, round).orElse(null);
        boolean diffMissing = round > 1 && diff == null;

        return new ReviewCase(id, entities.find(a.getEntityId()).map(PublicEntity::getName).orElse("—"),
                a.getPeriodYear(), round, a.getContext(), scheme.code(), scheme.name(), scheme.provisional(),
                scheme.dimensions(),
                assessments.processes(reviewer, id).stream()
                        .map(p -> new ReviewCase.ProcessRow(p.getId(), p.getName(), p.getPrioritisationReason(),
                                p.getOwnerUsername(), p.getResponsibleUnit()))
                        .toList(),
                risks.stream().map(r -> riskRow(SubmittedRisk.of(r), r.getMeasures().size(), scheme)).toList(),
                measures.stream().map(ReviewPages::measureRow).toList(),
                levels, diff, diffMissing,
                observations.grouped(reviewer, id).stream().filter(g -> g.round() < round).toList(),
                targets.risks(), targets.measures());
    }

    private static ReviewCase.RiskRow riskRow(SubmittedRisk r, int measures, ScoringScheme scheme) {
        Integer p = r.probability();
        Integer i = r.impact();
        String rating = r.controlRating();
        return new ReviewCase.RiskRow(r.id(), r.code(), r.processId(), r.processName(),
                r.statement(), r.category() == null ? null : r.category().name(),
                p, p == null ? null : find(scheme.probabilityLevels(), p),
                i, i == null ? null : find(scheme.impactLevels(), i),
                r.inherentScore(), r.existingControls(),
                rating, rating == null ? null : scheme.controlRatings().stream()
                        .filter(c -> c.code().equals(rating)).findFirst().orElse(null),
                r.inherentLevel(),
                r.residualLevel(), r.treatmentRequired(), r.response() == null ? null : r.response().name(),
                r.acceptanceJustification(), measures);
    }

    /** The level of an axis with this value; null when the scheme's scale does not have it. */
    private static ScaleLevel find(List<ScaleLevel> axis, int value) {
        return axis.stream().filter(l -> l.value() == value).findFirst().orElse(null);
    }

    private static ReviewCase.MeasureRow measureRow(Measure m) {
        return new ReviewCase.MeasureRow(m.getId(), m.getRisk().getCode(), m.getDescription(), m.getType().name(),
                m.getResponsibleUnit(), m.getResponsiblePerson(), m.getStartDate(), m.getEndDate(), m.getIndicator(),
                m.getTargetValue());
    }
}
