package pe.integrity.offline;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pe.integrity.assessment.EvaluationForm;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.TreatmentPlanning;
import pe.integrity.assessment.Risk;
import pe.integrity.assessment.RiskEvaluation;
import pe.integrity.assessment.RiskIdentification;
import pe.integrity.assessment.StageClosedException;
import pe.integrity.offline.ImportPlan.Change;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.shared.NotFoundException;

/**
 * The offline round trip of one assessment: the pre-filled download, the upload (checked, read and planned, kept only
 * when it would change something), the preview and the confirmation. Applying is one transaction through the
 * assessment module's use cases ({@link RiskIdentification}, {@link RiskEvaluation}, {@link TreatmentPlanning},
 * {@link FollowUpReporting}): they check entity, role, stage and versions again, and any refusal rolls the whole
 * workbook back.
 */
@Service
public class WorkbookImport {

    private final WorkbookSource source;
    private final WorkbookWriter writer;
    private final WorkbookReader reader;
    private final ImportPlanner planner;
    private final WorkbookUploadRepository uploads;
    private final RiskIdentification identification;
    private final RiskEvaluation evaluation;
    private final TreatmentPlanning treatment;
    private final FollowUpReporting followUp;
    private final Clock clock;

    WorkbookImport(WorkbookSource source, WorkbookWriter writer, WorkbookReader reader, ImportPlanner planner,
            WorkbookUploadRepository uploads, RiskIdentification identification, RiskEvaluation evaluation,
            TreatmentPlanning treatment, FollowUpReporting followUp, Clock clock) {
        this.followUp = followUp;
        this.source = source;
        this.writer = writer;
        this.reader = reader;
        this.planner = planner;
        this.uploads = uploads;
        this.identification = identification;
        this.evaluation = evaluation;
        this.treatment = treatment;
        this.clock = clock;
    }

    /** The pre-filled workbook as bytes, and its file name. */
    @Transactional(readOnly = true)
    public Download download(CurrentUser user, Long assessmentId) {
        Workbook wb = workbook(user, assessmentId);
        if (!Workbook.worthIn(wb.assessment().getStage())) {
            throw new StageClosedException(wb.assessment().getStage());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            writer.write(wb, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Download(WorkbookWriter.filename(wb), out.toByteArray());
    }

    public record Download(String filename, byte[] content) {}

    @Transactional
    public UploadOutcome upload(CurrentUser user, Long assessmentId, String filename, byte[] file) {
        Workbook wb = workbook(user, assessmentId);
        if (!Workbook.worthIn(wb.assessment().getStage())) {
            return new UploadOutcome.Refused("offline.refused.stageClosed", new Object[0]);
        }
        String sha = sha256(file);
        var before = uploads.findFirstByAssessmentIdAndSha256AndAppliedAtIsNotNullOrderByAppliedAtDesc(assessmentId, sha);
        if (before.isPresent()) {
            return new UploadOutcome.AlreadyApplied(before.get().getAppliedAt(), before.get().getUsername());
        }
        ImportPlan plan;
        try {
            plan = planner.plan(wb, reader.read(file));
        } catch (WorkbookRefused e) {
            return new UploadOutcome.Refused(e.code(), e.args());
        }
        if (!plan.accepted()) {
            return new UploadOutcome.Problems(plan.problems());
        }
        if (!plan.changesSomething()) {
            return new UploadOutcome.NothingToChange(plan.unchanged());
        }
        uploads.dropAbandoned(assessmentId, clock.instant().minus(Duration.ofDays(1)));
        String name = filename == null || filename.isBlank() ? "libro.xlsx" : filename.strip();
        WorkbookUpload saved = uploads.save(new WorkbookUpload(assessmentId, user.username(),
                name.length() > 255 ? name.substring(0, 255) : name, sha, file, clock.instant()));
        return new UploadOutcome.Stored(saved.getId());
    }

    /** The plan of a stored upload against the data as it is now (someone may have changed it since). */
    @Transactional(readOnly = true)
    public Preview preview(CurrentUser user, Long assessmentId, Long uploadId) {
        WorkbookUpload u = upload(user, assessmentId, uploadId);
        return new Preview(u.getFilename(), u.getUploadedAt(), u.getAppliedAt(), planOf(workbook(user, assessmentId), u));
    }

    public record Preview(String filename, java.time.Instant uploadedAt, java.time.Instant appliedAt, PlanOrRefusal plan) {}

    /** A plan, or the refusal of the whole file (the stage moved on since the upload, for example). */
    public record PlanOrRefusal(ImportPlan plan, String refusal, Object[] args) {
        public boolean applicable() {
            return plan != null && plan.accepted() && plan.changesSomething();
        }
    }

    /** Applies the stored upload, all or nothing; a plan with problems now is refused and changes nothing. */
    @Transactional
    public Applied apply(CurrentUser user, Long assessmentId, Long uploadId) {
        WorkbookUpload u = upload(user, assessmentId, uploadId);
        if (u.isApplied()) {
            return new Applied(null, 0, 0, 0, 0, 0, 0, 0);
        }
        Workbook wb = workbook(user, assessmentId);
        PlanOrRefusal p = planOf(wb, u);
        if (!p.applicable()) {
            return new Applied(p, 0, 0, 0, 0, 0, 0, 0);
        }
        Map<Long, Risk> risks = new HashMap<>();
        wb.risks().forEach(r -> risks.put(r.getId(), r));
        for (Change c : p.plan().changes()) {
            switch (c.kind()) {
                case CREATE -> {
                    Risk risk = identification.add(user, c.processId(), c.form());
                    if (c.evaluation() != null) {
                        score(user, risk, c.evaluation());
                    }
                }
                case UPDATE -> {
                    Risk risk = risks.get(c.riskId());
                    if (c.form() != null) {
                        // the planner checked the row's version against the download; the use case checks it again
                        c.form().setVersion(risk.getVersion());
                        identification.update(user, risk.getId(), c.form());
                    }
                    if (c.evaluation() != null) {
                        score(user, risk, c.evaluation());
                    }
                }
                case REMOVE -> identification.remove(user, c.riskId());
            }
        }
        Map<Long, Measure> measures = new HashMap<>();
        wb.measures().forEach(m -> measures.put(m.getId(), m));
        for (ImportPlan.MeasureChange c : p.plan().measureChanges()) {
            switch (c.kind()) {
                case CREATE -> treatment.addMeasure(user, c.riskId(), c.form());
                case UPDATE -> {
                    c.form().setVersion(measures.get(c.measureId()).getVersion());
                    treatment.updateMeasure(user, c.measureId(), c.form());
                }
                case REMOVE -> treatment.removeMeasure(user, c.measureId());
            }
        }
        for (ImportPlan.ProgressChange c : p.plan().progressChanges()) {
            c.form().setVersion(measures.get(c.measureId()).getVersion());
            followUp.report(user, c.measureId(), c.form());
        }
        long reports = p.plan().progressChanges().size();
        long created = p.plan().creates();
        long changed = p.plan().updates();
        long removed = p.plan().removes();
        u.applied(clock.instant(), "riesgos " + created + "/" + changed + "/" + removed + ", medidas "
                + p.plan().measureCreates() + "/" + p.plan().measureUpdates() + "/" + p.plan().measureRemoves()
                + ", reportes de avance " + reports);
        return new Applied(null, created, changed, removed, p.plan().measureCreates(), p.plan().measureUpdates(),
                p.plan().measureRemoves(), reports);
    }

    /** Counts of an applied workbook, or the plan that stopped it (null when it was applied before). */
    public record Applied(PlanOrRefusal refused, long created, long changed, long removed, long measuresCreated,
            long measuresChanged, long measuresRemoved, long progressReports) {}

    private void score(CurrentUser user, Risk risk, EvaluationForm form) {
        form.setVersion(risk.getVersion());
        evaluation.evaluate(user, risk.getId(), form);
    }

    private Workbook workbook(CurrentUser user, Long assessmentId) {
        return source.of(user, assessmentId);
    }

    private PlanOrRefusal planOf(Workbook wb, WorkbookUpload u) {
        if (!Workbook.worthIn(wb.assessment().getStage())) {
            return new PlanOrRefusal(null, "offline.refused.stageClosed", new Object[0]);
        }
        try {
            return new PlanOrRefusal(planner.plan(wb, reader.read(u.getContent())), null, null);
        } catch (WorkbookRefused e) {
            return new PlanOrRefusal(null, e.code(), e.args());
        }
    }

    private WorkbookUpload upload(CurrentUser user, Long assessmentId, Long uploadId) {
        source.assessment(user, assessmentId);
        return uploads.findById(uploadId)
                .filter(u -> u.getAssessmentId().equals(assessmentId) && u.getUsername().equals(user.username()))
                .orElseThrow(() -> new NotFoundException("workbook upload", uploadId));
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
