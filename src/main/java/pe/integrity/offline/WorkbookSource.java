package pe.integrity.offline;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.assessment.MeasureType;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.ProcessOwnership;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.StageWork;
import pe.integrity.catalog.Catalog;
import pe.integrity.catalog.PracticeCategory;
import pe.integrity.catalog.ScoringSchemes;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityAccess;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.UserDirectory;
import pe.integrity.organisation.UserView;

/**
 * Reads one user's workbook content: only people of the entity who work on some process in scope (its owner or
 * the Conductor, {@link ProcessOwnership}) have one, and only of those processes; in follow-up, whoever may report
 * on some measure, of those measures. Callers hold the transaction.
 */
@Component
class WorkbookSource {

    private static final Locale ES = Locale.forLanguageTag("es-PE");

    private final Assessments assessments;
    private final Catalog catalog;
    private final ScoringSchemes schemes;
    private final EntityDirectory entities;
    private final EntityAccess access;
    private final MessageSource messages;
    private final UserDirectory users;
    private final FollowUpReporting followUp;
    private final Clock clock;

    WorkbookSource(Assessments assessments, Catalog catalog, ScoringSchemes schemes, EntityDirectory entities,
            EntityAccess access, MessageSource messages, UserDirectory users, FollowUpReporting followUp, Clock clock) {
        this.followUp = followUp;
        this.assessments = assessments;
        this.catalog = catalog;
        this.schemes = schemes;
        this.entities = entities;
        this.access = access;
        this.messages = messages;
        this.users = users;
        this.clock = clock;
    }

    /** The assessment, if the user may read it; refuses readers who do not work on it. */
    Assessment assessment(CurrentUser user, Long assessmentId) {
        Assessment a = assessments.get(user, assessmentId);
        if (!access.canWork(user, a.getEntityId())) {
            throw new AccessDeniedException("offline work is for the entity's own people");
        }
        return a;
    }

    Workbook of(CurrentUser user, Long assessmentId) {
        Assessment a = assessment(user, assessmentId);
        if (StageWork.FOLLOW_UP.allowedIn(a.getStage())) {
            return ofFollowUp(user, a);
        }
        List<ProcessInScope> mine = assessments.processes(user, assessmentId).stream()
                .filter(p -> ProcessOwnership.worksOn(p.getOwnerUsername(), user))
                .toList();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("works on no process of the assessment");
        }
        Set<Long> ids = mine.stream().map(ProcessInScope::getId).collect(Collectors.toSet());
        List<Risk> risks = assessments.risks(user, assessmentId).stream()
                .filter(r -> !r.isRemoved() && ids.contains(r.getProcess().getId()))
                .toList();
        Choices choices = choices(a, mine);
        List<Measure> measures = List.of();
        if (StageWork.TREATMENT.allowedIn(a.getStage())) {
            Map<MeasureType, String> types = new EnumMap<>(MeasureType.class);
            for (MeasureType t : MeasureType.values()) {
                types.put(t, messages.getMessage("measureType." + t.name(), null, ES));
            }
            choices.plans(risks, types, users.ofEntity(a.getEntityId()).stream().filter(UserView::enabled).toList());
            Set<Long> riskIds = risks.stream().map(Risk::getId).collect(Collectors.toSet());
            measures = assessments.measures(user, assessmentId).stream()
                    .filter(m -> riskIds.contains(m.getRisk().getId())).toList();
        }
        return new Workbook(a, entityName(a), user, choices, risks, measures, clock.instant());
    }

    /**
     * Follow-up's workbook: the measures the user may report on (as the measure's report page decides: its
     * responsible user, its process's owner or the Conductor) and, for reference, their risks.
     */
    private Workbook ofFollowUp(CurrentUser user, Assessment a) {
        List<Measure> all = assessments.measures(user, a.getId());
        Set<Long> reportable = followUp.reportable(user, a, all);
        List<Measure> measures = all.stream().filter(m -> reportable.contains(m.getId())).toList();
        if (measures.isEmpty()) {
            throw new AccessDeniedException("reports on no measure of the assessment");
        }
        List<Risk> risks = measures.stream().map(Measure::getRisk).distinct().toList();
        List<ProcessInScope> processes = risks.stream().map(Risk::getProcess).distinct().toList();
        Map<MeasureStatus, String> statuses = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus s : MeasureStatus.values()) {
            statuses.put(s, messages.getMessage("measureStatus." + s.name(), null, ES));
        }
        Choices choices = choices(a, processes).reports(statuses);
        return new Workbook(a, entityName(a), user, choices, risks, measures, clock.instant());
    }

    private Choices choices(Assessment a, List<ProcessInScope> processes) {
        Map<PracticeCategory, String> categories = new EnumMap<>(PracticeCategory.class);
        for (PracticeCategory c : PracticeCategory.values()) {
            categories.put(c, messages.getMessage(c.messageKey(), null, ES));
        }
        return new Choices(processes, catalog.typologies(), categories, schemes.byCode(a.getSchemeCode()));
    }

    private String entityName(Assessment a) {
        return entities.find(a.getEntityId()).map(e -> e.getName()).orElse("—");
    }
}
