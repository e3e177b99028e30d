package pe.integrity.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.api.ApiViews.Page;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityDirectory;
import pe.integrity.organisation.EntityType;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.shared.NotFoundException;
import pe.integrity.workflow.WorkflowSteps;

/**
 * The API's reads, each through the checked reads the screens use (403 for another entity's people, 404 for what
 * does not exist) and turned into JSON records inside one read-only transaction. Lists that grow with the country
 * (entities) or with time (register documents) are paged and sorted in the database; one assessment's processes,
 * risks and measures and one measure's reports are bounded and cut to the page here.
 */
@Service
@Transactional(readOnly = true)
class ApiReads {

    private final Assessments assessments;
    private final EntityDirectory entities;
    private final WorkflowSteps steps;
    private final FollowUpReporting followUp;
    private final RegisterArchive archive;

    ApiReads(Assessments assessments, EntityDirectory entities, WorkflowSteps steps, FollowUpReporting followUp,
            RegisterArchive archive) {
        this.assessments = assessments;
        this.entities = entities;
        this.steps = steps;
        this.followUp = followUp;
        this.archive = archive;
    }

    /**
     * SIP reviewers, auditors and administrators search every entity (by name or acronym, and type); anyone else sees
     * their own entity only, if it matches.
     */
    Page<ApiViews.EntityJson> entities(CurrentUser user, String text, EntityType type, int page, int size) {
        if (user.isGlobalReader()) {
            return Page.of(entities.search(text, type, page, size), ApiViews.EntityJson::of);
        }
        List<ApiViews.EntityJson> own = Optional.ofNullable(user.entityId()).flatMap(entities::find)
                .filter(e -> matches(e, text, type)).map(ApiViews.EntityJson::of).stream().toList();
        return Page.of(own, page, size);
    }

    private static boolean matches(PublicEntity e, String text, EntityType type) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return (type == null || type == e.getType()) && (e.getName().toLowerCase(Locale.ROOT).contains(t)
                || e.getAcronym().toLowerCase(Locale.ROOT).contains(t));
    }

    /** The entity's assessments, newest period first; {@code stage} keeps those in that stage. */
    Page<ApiViews.AssessmentJson> assessmentsOf(CurrentUser user, Long entityId, String stage, int page, int size) {
        return Page.of(assessments.ofEntity(user, entityId).stream()
                .filter(a -> stage == null || a.getStage().name().equals(stage))
                .map(ApiViews.AssessmentJson::of).toList(), page, size);
    }

    ApiViews.AssessmentDetailJson assessment(CurrentUser user, Long id) {
        Assessment a = assessments.get(user, id);
        return ApiViews.AssessmentDetailJson.of(a, steps.steps(user, id));
    }

    /** The processes in scope, in the order they were added; {@code owner} keeps one Técnico's. */
    Page<ApiViews.ProcessJson> processes(CurrentUser user, Long id, String owner, int page, int size) {
        return Page.of(assessments.processes(user, id).stream()
                .filter(p -> owner == null || owner.equals(p.getOwnerUsername()))
                .map(ApiViews.ProcessJson::of).toList(), page, size);
    }

    Page<ApiViews.RiskJson> risks(CurrentUser user, Long id, Long processId, int page, int size) {
        // the processes first, in one query: each risk then finds its process loaded instead of reading it
        assessments.processes(user, id);
        return Page.of(assessments.risks(user, id).stream()
                .filter(r -> processId == null || processId.equals(r.getProcess().getId()))
                .map(ApiViews.RiskJson::of).toList(), page, size);
    }

    Page<ApiViews.MeasureJson> measures(CurrentUser user, Long id, MeasureStatus status, Boolean overdue, int page,
            int size) {
        return Page.of(assessments.measures(user, id).stream()
                .filter(m -> status == null || m.getStatus() == status)
                .filter(m -> overdue == null || m.isOverdue() == overdue)
                .map(ApiViews.MeasureJson::of).toList(), page, size);
    }

    /** A measure's progress reports, oldest first; {@code cycle} keeps one follow-up cycle's. */
    Page<ApiViews.ReportJson> reports(CurrentUser user, Long id, Long measureId, Integer cycle, int page, int size) {
        Measure m = measureOf(user, id, measureId);
        return Page.of(followUp.history(List.of(m.getId())).stream()
                .filter(r -> cycle == null || r.getCycle() == cycle)
                .map(ApiViews.ReportJson::of).toList(), page, size);
    }

    /** One of the assessment's measures as JSON, as it is now. */
    ApiViews.MeasureJson measure(CurrentUser user, Long id, Long measureId) {
        return ApiViews.MeasureJson.of(measureOf(user, id, measureId));
    }

    /** The measure, if it is one of this assessment's current measures and the user may read the assessment. */
    Measure measureOf(CurrentUser user, Long id, Long measureId) {
        return assessments.measures(user, id).stream().filter(m -> m.getId().equals(measureId)).findFirst()
                .orElseThrow(() -> new NotFoundException("measure", measureId));
    }

    /** The assessment's register documents, newest first, paged in the database. */
    Page<ApiViews.RegisterJson> registers(CurrentUser user, Long id, RegisterKind kind, int page, int size) {
        assessments.get(user, id);
        return Page.of(archive.ofAssessment(id, kind, page, size), ApiViews.RegisterJson::of);
    }

    /** One stored document of the assessment, for its download; a document of another assessment is not found. */
    StoredRegister register(CurrentUser user, Long id, Long documentId) {
        assessments.get(user, id);
        return archive.find(documentId).filter(d -> id.equals(d.assessmentId()))
                .orElseThrow(() -> new NotFoundException("register", documentId));
    }

    /** The public check of a code or SHA-256, as /verificar answers it. */
    ApiViews.VerificationJson verify(String codeOrSha256) {
        StoredRegister d = archive.verify(codeOrSha256).orElseThrow(() -> new NotFoundException("register", codeOrSha256));
        String entityName = d.entityId() == null ? null
                : entities.find(d.entityId()).map(PublicEntity::getName).orElse(null);
        return ApiViews.VerificationJson.of(d, entityName);
    }
}
