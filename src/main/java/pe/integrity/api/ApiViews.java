package pe.integrity.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.ProcessInScope;
import pe.integrity.assessment.ProgressReport;
import pe.integrity.assessment.Risk;
import pe.integrity.organisation.PublicEntity;
import pe.integrity.organisation.Role;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.workflow.StepStatus;
import pe.integrity.workflow.TaskView;

/** What the API returns: plain records, built inside the read's transaction, never the JPA entities. */
final class ApiViews {

    private ApiViews() {}

    record EntityJson(Long id, String name, String acronym, String type, String department, String sector,
            boolean active) {
        static EntityJson of(PublicEntity e) {
            return new EntityJson(e.getId(), e.getName(), e.getAcronym(), e.getType().name(), e.getDepartment(),
                    e.getSector(), e.isActive());
        }
    }

    record AssessmentJson(Long id, Long entityId, int periodYear, String stage, String schemeCode,
            int submissionRound, long version) {
        static AssessmentJson of(Assessment a) {
            return new AssessmentJson(a.getId(), a.getEntityId(), a.getPeriodYear(), a.getStage().name(),
                    a.getSchemeCode(), a.getSubmissionRound(), a.getVersion());
        }
    }

    /** One assessment with the state of each step of its cycle, as its "task list" page shows them. */
    record AssessmentDetailJson(Long id, Long entityId, int periodYear, String stage, String schemeCode,
            int submissionRound, long version, List<StepJson> steps) {
        static AssessmentDetailJson of(Assessment a, List<StepStatus> steps) {
            return new AssessmentDetailJson(a.getId(), a.getEntityId(), a.getPeriodYear(), a.getStage().name(),
                    a.getSchemeCode(), a.getSubmissionRound(), a.getVersion(), steps.stream().map(StepJson::of).toList());
        }
    }

    /**
     * A step of the cycle: NOT_STARTED, IN_PROGRESS, DONE or RETURNED, the roles that work on it, its open tasks (one
     * per process in scope for identification) and who completed it last.
     */
    record StepJson(String key, String stage, String state, List<String> roles, List<OpenTaskJson> openTasks,
            String completedBy, Instant completedAt) {
        static StepJson of(StepStatus s) {
            return new StepJson(s.key(), s.stage().name(), s.state().name(), s.holders().stream().map(Role::name).toList(),
                    s.open().stream().map(t -> new OpenTaskJson(t.taskId(), t.processInScopeId(), instant(t.created()),
                            instant(t.due()))).toList(),
                    s.completedBy(), instant(s.completedAt()));
        }
    }

    record OpenTaskJson(String taskId, Long processInScopeId, Instant created, Instant due) {}

    record ProcessJson(Long id, String catalogProcessCode, String name, String prioritisationReason,
            String ownerUsername, String responsibleUnit, long version) {
        static ProcessJson of(ProcessInScope p) {
            return new ProcessJson(p.getId(), p.getCatalogProcessCode(), p.getName(), p.getPrioritisationReason(),
                    p.getOwnerUsername(), p.getResponsibleUnit(), p.getVersion());
        }
    }

    record RiskJson(Long id, String code, Long processId, String process, String statement, String category,
            String inherentLevel, String residualLevel, boolean removed) {
        static RiskJson of(Risk r) {
            return new RiskJson(r.getId(), r.getCode(), r.getProcess().getId(), r.getProcess().getName(),
                    r.getStatement(), r.getCategory() == null ? null : r.getCategory().name(), r.getInherentLevel(),
                    r.getResidualLevel(), r.isRemoved());
        }
    }

    /** A measure with its follow-up state; {@code version} goes with a progress report on it. */
    record MeasureJson(Long id, String code, String riskCode, String description, String status, int progress,
            boolean overdue, LocalDate startDate, LocalDate endDate, String responsibleUnit, long version) {
        static MeasureJson of(Measure m) {
            return new MeasureJson(m.getId(), m.getCode(), m.getRisk().getCode(), m.getDescription(),
                    m.getStatus().name(), m.getProgress(), m.isOverdue(), m.getStartDate(), m.getEndDate(),
                    m.getResponsibleUnit(), m.getVersion());
        }
    }

    /** One progress report as it was given, in the follow-up cycle it belongs to. */
    record ReportJson(Long id, int cycle, String status, int progress, String comment, String reportedBy,
            String reporterName, Instant reportedAt) {
        static ReportJson of(ProgressReport r) {
            return new ReportJson(r.getId(), r.getCycle(), r.getStatus().name(), r.getProgress(), r.getComment(),
                    r.getReportedBy(), r.getReporterName(), r.getReportedAt());
        }
    }

    /** A stored register document of an assessment; its bytes are at {@code .../registers/{id}/file}. */
    record RegisterJson(Long id, String kind, String contentType, String filename, long sizeBytes, String sha256,
            String verificationCode, boolean draft, String stage, Integer submissionRound, Integer followUpCycle,
            String generatedByName, Instant generatedAt) {
        static RegisterJson of(StoredRegister d) {
            return new RegisterJson(d.id(), d.kind().name(), d.contentType(), d.filename(), d.sizeBytes(), d.sha256(),
                    d.displayCode(), d.draft(), d.stage(), d.submissionRound(), d.followUpCycle(), d.generatedByName(),
                    d.generatedAt());
        }
    }

    /**
     * What the public check at /verificar tells of a document: what it is (APPROVED, DRAFT, NATIONAL, FOLLOW_UP),
     * of which entity and period, when and by whom it was made, its code and digest. Nothing else of its content.
     */
    record VerificationJson(String kind, String condition, Long entityId, String entityName, Integer periodYear,
            String stage, String schemeCode, String filters, String generatedByName, Instant generatedAt,
            String verificationCode, String sha256) {
        static VerificationJson of(StoredRegister d, String entityName) {
            String condition = d.conditionKey().substring("verify.".length());
            return new VerificationJson(d.kind().name(), toConstant(condition), d.entityId(), entityName,
                    d.periodYear(), d.stage(), d.schemeCode(), d.entityId() == null ? d.description() : null,
                    d.generatedByName(), d.generatedAt(), d.displayCode(), d.sha256());
        }

        private static String toConstant(String camel) {
            return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** An open task of the caller, as the inbox lists it. */
    record TaskJson(String id, String key, String name, Long assessmentId, Long entityId, Long processInScopeId,
            Instant created, Instant due) {
        static TaskJson of(TaskView t) {
            return new TaskJson(t.id(), t.key(), t.name(), t.assessmentId(), t.entityId(), t.processInScopeId(),
                    instant(t.created()), instant(t.due()));
        }
    }

    /** What keeps a step from being complete, with the message its page shows. */
    record GapJson(String code, String subject, String message) {}

    /** One page of a collection: its items, the page asked for and how many there are in all. */
    record Page<T>(List<T> items, int page, int size, long total) {

        /** A page of a bounded list (one assessment's risks, one measure's reports), already in its order. */
        static <T> Page<T> of(List<T> all, int page, int size) {
            int from = (int) Math.min(all.size(), (long) page * size);
            return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
        }

        /** A page the database cut (and sorted), turned into JSON records. */
        static <E, T> Page<T> of(org.springframework.data.domain.Page<E> found, Function<E, T> json) {
            return new Page<>(found.getContent().stream().map(json).toList(), found.getNumber(), found.getSize(),
                    found.getTotalElements());
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
