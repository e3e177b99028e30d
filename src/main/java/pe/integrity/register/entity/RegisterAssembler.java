package pe.integrity.register.entity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.ProgressReport;
import pe.integrity.assessment.MeasureType;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskResponse;
import pe.integrity.assessment.SubmittedRisk;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.CatalogProcess;
import pe.integrity.catalog.ControlRating;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.RiskLevel;
import pe.integrity.catalog.ScoringScheme;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.catalog.Typology;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.organisation.Role;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserView;
import pe.integrity.register.MeasureEvidence;
import pe.integrity.shared.NotFoundException;

/**
 * Reads one assessment once, through the assessment module's checked read methods (so the reader must be
 * allowed to read it), and turns it into {@link RegisterData}. Runs in its own read-only transaction: it is
 * also called after the approving transaction has committed.
 */
@Component
public class RegisterAssembler {

    static final Set<AssessmentEvent.Type> APPROVALS = EnumSet.of(
            AssessmentEvent.Type.SCOPE_APPROVED, AssessmentEvent.Type.APPROVED_INTERNALLY,
            AssessmentEvent.Type.SIP_OBSERVED, AssessmentEvent.Type.SIP_APPROVED);
    /** SIP signs on behalf of the Secretaría; Alta Dirección on behalf of its entity. */
    static final String SIP = "Secretaría de Integridad Pública (PCM)";

    private final Assessments assessments;
    private final EntityDirectory entities;
    private final UserDirectory users;
    private final ScoringSchemes schemes;
    private final Catalog catalog;
    private final HeatMaps heatMaps;
    private final ReviewHistory reviewHistory;
    private final MeasureEvidence evidence;
    private final FollowUpReporting followUp;
    private final RegisterText text;
    private final Clock clock;

    RegisterAssembler(Assessments assessments, EntityDirectory entities, UserDirectory users, ScoringSchemes schemes,
            Catalog catalog, HeatMaps heatMaps, ReviewHistory reviewHistory, MeasureEvidence evidence,
            RegisterText text, Clock clock, FollowUpReporting followUp) {
        this.evidence = evidence;
        this.followUp = followUp;
        this.assessments = assessments;
        this.entities = entities;
        this.users = users;
        this.schemes = schemes;
        this.catalog = catalog;
        this.heatMaps = heatMaps;
        this.reviewHistory = reviewHistory;
        this.text = text;
        this.clock = clock;
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public RegisterData assemble(CurrentUser reader, Long assessmentId) {
        Assessment a = assessments.get(reader, assessmentId);
        PublicEntity entity = entities.find(a.getEntityId()).orElseThrow(() -> new NotFoundException("entity", a.getEntityId()));
        ScoringScheme scheme = schemes.byCode(a.getSchemeCode());
        List<AssessmentEvent> journal = assessments.journal(reader, assessmentId);
        List<Risk> risks = assessments.risks(reader, assessmentId).stream().filter(r -> !r.isRemoved()).toList();
        List<Risk> evaluated = risks.stream().filter(Risk::isEvaluated).toList();
        List<Measure> measureList = assessments.measures(reader, assessmentId);
        List<RegisterData.MeasureRow> measures = measures(measureList);
        return new RegisterData(
                cover(a, entity, scheme, journal),
                approvals(journal),
                signatures(journal, entity),
                processes(assessments.processes(reader, assessmentId)),
                risks.stream().map(r -> risk(r, scheme)).toList(),
                heatMaps.inherent(scheme, evaluated),
                heatMaps.residual(scheme, evaluated),
                heatMaps.levels(scheme, evaluated),
                measures,
                followUp(measures, measureList),
                progressHistory(measureList, measures),
                journal.stream().map(this::history).toList(),
                reviewHistory.observations(reader, assessmentId),
                lists(scheme));
    }

    private RegisterData.Cover cover(Assessment a, PublicEntity e, ScoringScheme scheme, List<AssessmentEvent> journal) {
        String stage = text.label("stage.", a.getStage());
        boolean approved = a.getStage() == AssessmentStage.FOLLOW_UP || a.getStage() == AssessmentStage.CLOSING
                || a.getStage() == AssessmentStage.CLOSED;
        String status = approved
                ? text.label("register.status.approved", RegisterText.date(lastOf(journal, AssessmentEvent.Type.SIP_APPROVED)
                        .map(AssessmentEvent::getOccurredAt).orElse(null)), a.getSubmissionRound())
                : text.label("register.status.inProgress", stage);
        return new RegisterData.Cover(a.getId(), a.getVersion(), e.getId(), e.getName(), e.getAcronym(),
                text.label("entityType.", e.getType()), e.getDepartment(), e.getSector(), a.getPeriodYear(),
                RegisterText.date(a.getPeriodEnd()), a.getStage().name(), stage, status, a.getSubmissionRound(),
                scheme.code(), scheme.name(), scheme.dimensions(), scheme.provisional(),
                RegisterText.orEmpty(a.getContext()));
    }

    /** The journal's approvals and SIP decisions, by round (the scope first), in the order they happened. */
    private List<RegisterData.Approval> approvals(List<AssessmentEvent> journal) {
        return journal.stream()
                .filter(e -> APPROVALS.contains(e.getType()))
                .map(e -> {
                    int round = round(e);
                    return new RegisterData.Approval(round,
                            round == 0 ? text.label("register.approvals.scope") : text.label("register.approvals.round", round),
                            text.label("event.", e.getType()), e.getActorName(), text.label("role.", approver(e.getType())),
                            RegisterText.date(e.getOccurredAt()), RegisterText.orEmpty(e.getComment()));
                })
                .sorted(java.util.Comparator.comparingInt(RegisterData.Approval::round))
                .toList();
    }

    /**
     * The round of submission to SIP an approval belongs to. The journal stamps each entry with the rounds
     * submitted so far, so Alta Dirección's approval, which submits the next round, belongs to that next one.
     */
    static int round(AssessmentEvent e) {
        return switch (e.getType()) {
            case SCOPE_APPROVED -> 0;
            case APPROVED_INTERNALLY -> e.getSubmissionRound() + 1;
            default -> e.getSubmissionRound();
        };
    }

    /** Who takes each decision of {@link #APPROVALS}: Alta Dirección inside the entity, SIP's reviewer outside. */
    private static Role approver(AssessmentEvent.Type type) {
        return type == AssessmentEvent.Type.SIP_OBSERVED || type == AssessmentEvent.Type.SIP_APPROVED
                ? Role.SIP_REVIEWER
                : Role.ALTA_DIRECCION;
    }

    /**
     * Signature blocks for those who approve the assessment: Alta Dirección's latest internal approval and SIP's
     * approval. Before they happen the blocks are printed with blank name and date, to be filled in by hand.
     */
    private List<RegisterData.Signature> signatures(List<AssessmentEvent> journal, PublicEntity entity) {
        return List.of(
                signature(lastOf(journal, AssessmentEvent.Type.APPROVED_INTERNALLY), Role.ALTA_DIRECCION, entity.getName()),
                signature(lastOf(journal, AssessmentEvent.Type.SIP_APPROVED), Role.SIP_REVIEWER, SIP));
    }

    private RegisterData.Signature signature(java.util.Optional<AssessmentEvent> approval, Role role, String organisation) {
        return new RegisterData.Signature(text.label("role.", role), organisation,
                approval.map(AssessmentEvent::getActorName).orElse(""),
                approval.map(e -> RegisterText.date(e.getOccurredAt())).orElse(""));
    }

    private List<RegisterData.ProcessRow> processes(List<ProcessInScope> processes) {
        List<RegisterData.ProcessRow> rows = new ArrayList<>();
        for (ProcessInScope p : processes) {
            String stages = p.getStages().stream()
                    .map(s -> s.getPosition() + ". " + s.getName() + " (" + s.getResponsibleUnit() + ")")
                    .collect(Collectors.joining("; "));
            String catalogName = catalog.process(p.getCatalogProcessCode()).map(CatalogProcess::nameEs).orElse("");
            rows.add(new RegisterData.ProcessRow(rows.size() + 1, p.getName(), catalogName, p.getPrioritisationReason(),
                    person(p.getOwnerUsername()), p.getResponsibleUnit(), stages));
        }
        return rows;
    }

    private String person(String username) {
        return users.findByUsername(username).map(UserView::fullName).map(n -> n + " (" + username + ")").orElse(username);
    }

    /**
     * A risk as the register prints it: what was submitted ({@link SubmittedRisk}) and, from the live risk, the
     * residual level at close rated at period end (not part of any submission).
     */
    private RegisterData.RiskRow risk(Risk live, ScoringScheme scheme) {
        SubmittedRisk r = SubmittedRisk.of(live);
        RiskLevel inherent = r.inherentLevel() == null ? null : scheme.findLevel(r.inherentLevel()).orElse(null);
        RiskLevel residual = r.residualLevel() == null ? null : scheme.findLevel(r.residualLevel()).orElse(null);
        RiskLevel atClose = live.getClosingResidualLevel() == null
                ? null
                : scheme.findLevel(live.getClosingResidualLevel()).orElse(null);
        return new RegisterData.RiskRow(
                r.code(),
                r.processName(),
                RegisterText.orEmpty(r.stageName()),
                RegisterText.orEmpty(r.context()),
                r.riskyBehaviour(),
                r.statement(),
                text.label("category.", r.category()),
                r.typologyCode() == null ? "" : catalog.typology(r.typologyCode()).map(Typology::nameEs).orElse(r.typologyCode()),
                RegisterText.orEmpty(r.causes()),
                RegisterText.orEmpty(r.consequences()),
                RegisterText.orEmpty(r.actors()),
                RegisterText.orEmpty(r.existingControls()),
                r.probability() == null ? "" : HeatMaps.axisLabel(scheme.probability(r.probability())),
                r.impact() == null ? "" : HeatMaps.axisLabel(scheme.impact(r.impact())),
                r.inherentScore(),
                inherent == null ? RegisterText.orEmpty(r.inherentLevel()) : inherent.labelEs(),
                inherent == null ? null : HeatMaps.safeColour(inherent.colour()),
                ratingLabel(scheme, r.controlRating()),
                residual == null ? RegisterText.orEmpty(r.residualLevel()) : residual.labelEs(),
                residual == null ? null : HeatMaps.safeColour(residual.colour()),
                ratingLabel(scheme, live.getClosingControlRating()),
                atClose == null ? RegisterText.orEmpty(live.getClosingResidualLevel()) : atClose.labelEs(),
                atClose == null ? null : HeatMaps.safeColour(atClose.colour()),
                r.treatmentRequired() == null ? "" : text.label(r.treatmentRequired() ? "yes" : "no"),
                text.label("response.", r.response()),
                RegisterText.orEmpty(r.acceptanceJustification()),
                text.label("changeStatus.", r.changeStatus()));
    }

    private static String ratingLabel(ScoringScheme scheme, String rating) {
        return rating == null ? "" : scheme.controlRatings().stream()
                .filter(c -> c.code().equals(rating)).findFirst()
                .map(ControlRating::labelEs).orElse(rating);
    }

    private List<RegisterData.MeasureRow> measures(List<Measure> measures) {
        LocalDate today = LocalDate.now(clock.withZone(RegisterText.LIMA));
        Map<Long, List<RegisterData.EvidenceLine>> files = new HashMap<>();
        for (MeasureEvidence.EvidenceFile f : evidence.of(measures.stream().map(Measure::getId).toList())) {
            files.computeIfAbsent(f.measureId(), id -> new ArrayList<>())
                    .add(new RegisterData.EvidenceLine(f.filename(), RegisterText.date(f.uploadedAt())));
        }
        Map<String, Integer> perRisk = new HashMap<>();
        List<RegisterData.MeasureRow> rows = new ArrayList<>();
        for (Measure m : measures) {
            String riskCode = m.getRisk().getCode();
            int n = perRisk.merge(riskCode, 1, Integer::sum);
            // as of the day the register is made, which may be after the last follow-up cycle flagged it
            boolean overdue = m.isOverdue() || m.overdueOn(today);
            rows.add(new RegisterData.MeasureRow(Measure.code(riskCode, n), riskCode, m.getDescription(),
                    text.label("measureType.", m.getType()), RegisterText.orEmpty(m.getCauseAddressed()),
                    m.getResponsibleUnit(), m.getResponsiblePerson(), RegisterText.date(m.getStartDate()),
                    RegisterText.date(m.getEndDate()), m.getIndicator(), RegisterText.orEmpty(m.getTargetValue()),
                    m.getVerificationMeans(), RegisterText.orEmpty(m.getResources()),
                    text.label("measureStatus.", m.getStatus()), m.getProgress(), overdue,
                    text.label(overdue ? "yes" : "no"), RegisterText.orEmpty(m.getProgressComment()),
                    List.copyOf(files.getOrDefault(m.getId(), List.of()))));
        }
        return rows;
    }

    /**
     * Every progress report of the measures, oldest first. An evidence file goes with the measure's report in force
     * when it was uploaded (the latest one made before it; the first one for a file uploaded before any report).
     */
    private List<RegisterData.ProgressRow> progressHistory(List<Measure> measures, List<RegisterData.MeasureRow> rows) {
        Map<Long, String> codes = new HashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            codes.put(measures.get(i).getId(), rows.get(i).code());
        }
        List<Long> ids = measures.stream().map(Measure::getId).toList();
        List<ProgressReport> reports = followUp.history(ids);
        Map<Long, List<ProgressReport>> byMeasure = new HashMap<>();
        reports.forEach(r -> byMeasure.computeIfAbsent(r.getMeasureId(), id -> new ArrayList<>()).add(r));
        Map<ProgressReport, List<String>> attached = new HashMap<>();
        for (MeasureEvidence.EvidenceFile f : evidence.of(ids)) {
            List<ProgressReport> ofMeasure = byMeasure.getOrDefault(f.measureId(), List.of());
            ProgressReport inForce = ofMeasure.stream()
                    .filter(r -> !r.getReportedAt().isAfter(f.uploadedAt()))
                    .reduce((first, second) -> second)
                    .orElse(ofMeasure.isEmpty() ? null : ofMeasure.get(0));
            if (inForce != null) {
                attached.computeIfAbsent(inForce, r -> new ArrayList<>())
                        .add(f.filename() + " (" + RegisterText.date(f.uploadedAt()) + ")");
            }
        }
        return reports.stream()
                .map(r -> new RegisterData.ProgressRow(r.getCycle(), RegisterText.date(r.getReportedAt()),
                        codes.getOrDefault(r.getMeasureId(), ""), r.getReporterName(),
                        text.label("measureStatus.", r.getStatus()), r.getProgress(),
                        RegisterText.orEmpty(r.getComment()), String.join("\n", attached.getOrDefault(r, List.of()))))
                .toList();
    }

    private RegisterData.FollowUp followUp(List<RegisterData.MeasureRow> rows, List<Measure> measures) {
        int average = (int) Math.round(measures.stream().mapToInt(Measure::getProgress).average().orElse(0));
        return new RegisterData.FollowUp(RegisterText.date(LocalDate.now(clock.withZone(RegisterText.LIMA))),
                measures.size(),
                count(measures, MeasureStatus.NOT_STARTED),
                count(measures, MeasureStatus.IN_PROGRESS),
                count(measures, MeasureStatus.IMPLEMENTED),
                (int) rows.stream().filter(RegisterData.MeasureRow::overdue).count(),
                average);
    }

    private static int count(List<Measure> measures, MeasureStatus status) {
        return (int) measures.stream().filter(m -> m.getStatus() == status).count();
    }

    private RegisterData.HistoryRow history(AssessmentEvent e) {
        return new RegisterData.HistoryRow(RegisterText.dateTime(e.getOccurredAt()), text.label("event.", e.getType()),
                e.getActorName(), e.getSubmissionRound(), RegisterText.orEmpty(e.getComment()));
    }

    private RegisterData.Lists lists(ScoringScheme scheme) {
        return new RegisterData.Lists(
                labels("category.", PracticeCategory.values()),
                scheme.levels().stream().map(RiskLevel::labelEs).toList(),
                scheme.controlRatings().stream().map(ControlRating::labelEs).toList(),
                labels("response.", RiskResponse.values()),
                labels("measureType.", MeasureType.values()),
                labels("measureStatus.", MeasureStatus.values()),
                List.of(text.label("yes"), text.label("no")));
    }

    private List<String> labels(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> text.label(prefix, v)).toList();
    }

    private static java.util.Optional<AssessmentEvent> lastOf(List<AssessmentEvent> journal, AssessmentEvent.Type type) {
        return journal.stream().filter(e -> e.getType() == type).reduce((first, second) -> second);
    }
}
