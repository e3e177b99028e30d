package pe.integrity.register.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.AssessmentEvent;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.Assessments;
import pe.integrity.assessment.ClosingRating;
import pe.integrity.assessment.FollowUpReporting;
import pe.integrity.assessment.LevelChange;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.Stamp;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.register.entity.EntityRegisters;
import pe.integrity.register.entity.ExcelRegisterWriter;
import pe.integrity.register.entity.RegisterAssembler;
import pe.integrity.register.entity.RegisterData;
import pe.integrity.register.entity.RegisterText;
import pe.integrity.register.entity.WorkbookFields;
import pe.integrity.shared.NotFoundException;

/**
 * The closing report of a period, as PDF and Excel from {@code templates/informe-cierre.*}, archived and verifiable
 * at /verificar like the registers. A closed period does not change, so each assessment has one closing report of
 * each kind: made by the system the first time anyone who may read the assessment asks for it, and the same
 * archived file ever after (a unique index settles two first requests at once).
 */
@Service
public class ClosingReports {

    static final String TEMPLATE = "informe-cierre";

    private final Assessments assessments;
    private final ClosingRating closing;
    private final FollowUpReporting followUp;
    private final RegisterAssembler assembler;
    private final RegisterArchive archive;
    private final ReportDocuments documents;

    ClosingReports(Assessments assessments, ClosingRating closing, FollowUpReporting followUp,
            RegisterAssembler assembler, RegisterArchive archive, ReportDocuments documents) {
        this.assessments = assessments;
        this.closing = closing;
        this.followUp = followUp;
        this.assembler = assembler;
        this.archive = archive;
        this.documents = documents;
    }

    /**
     * The closing report of the assessment, read with the user's rights (403 for another entity's people); not
     * found before the period has closed.
     */
    public StoredRegister report(CurrentUser user, Long assessmentId, RegisterKind kind) {
        if (!kind.closing()) {
            throw new IllegalArgumentException(kind + " is not a closing report");
        }
        Assessment a = assessments.get(user, assessmentId);
        if (a.getStage() != AssessmentStage.CLOSED) {
            throw new NotFoundException("closing report", assessmentId);
        }
        return MadeOnce.get(() -> archive.closingReport(assessmentId, kind), () -> {
            RegisterData data = assembler.assemble(user, assessmentId);
            ClosingReport report = assemble(user, assessmentId, data);
            RegisterData.Cover c = data.cover();
            return documents.make(data, kind, new ReportDocuments.Report(TEMPLATE, report,
                    (d, stamp) -> content(d, report, stamp), code -> filename(c, code, kind),
                    "Informe de cierre del periodo · " + c.entityName() + " · " + c.periodYear(), null));
        });
    }

    private ClosingReport assemble(CurrentUser user, Long assessmentId, RegisterData data) {
        Map<String, LevelChange> closed = closing.changesAtClose(user, assessmentId);
        List<AssessmentEvent> journal = assessments.journal(user, assessmentId);
        String closedAt = last(journal, AssessmentEvent.Type.PERIOD_CLOSED)
                .map(e -> RegisterText.dateTime(e.getOccurredAt())).orElse("");
        String ratedBy = last(journal, AssessmentEvent.Type.CLOSING_RATED)
                .map(e -> e.getActorName() + ", el " + RegisterText.dateTime(e.getOccurredAt())).orElse("");
        return ClosingReport.of(data, closed, assessments.measures(user, assessmentId),
                followUp.cycles(user, assessmentId), closedAt, ratedBy);
    }

    private static Optional<AssessmentEvent> last(List<AssessmentEvent> journal, AssessmentEvent.Type type) {
        return journal.stream().filter(e -> e.getType() == type).reduce((first, second) -> second);
    }

    /** The register's cover fields, the closing's, and its three tables. */
    static ExcelRegisterWriter.Content content(RegisterData data, ClosingReport r, Stamp stamp) {
        Map<String, String> scalars = new LinkedHashMap<>(WorkbookFields.scalars(data, stamp));
        scalars.put("doc.kind", "Informe de cierre del periodo");
        scalars.put("closing.closedAt", r.closedAt());
        scalars.put("closing.ratedBy", r.ratedBy());
        scalars.put("closing.riskSummary", r.riskSummary());
        scalars.put("closing.measureSummary", r.measureSummary());
        List<Map<String, Object>> risks = r.risks().stream().map(x -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", x.code());
            row.put("process", x.process());
            row.put("statement", x.statement());
            row.put("inherentLevel", x.inherentLevel());
            row.put("controlRating", x.controlRating());
            row.put("plannedResidualLevel", x.plannedResidualLevel());
            row.put("closingControlRating", x.closingControlRating());
            row.put("closingResidualLevel", x.closingResidualLevel());
            row.put("change", x.change());
            row.put("implemented", x.implemented());
            return row;
        }).toList();
        List<Map<String, Object>> measures = r.measures().stream().map(x -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", x.code());
            row.put("riskCode", x.riskCode());
            row.put("description", x.description());
            row.put("responsibleUnit", x.responsibleUnit());
            row.put("endDate", x.endDate());
            row.put("status", x.status());
            row.put("progress", x.progress());
            row.put("outcome", x.outcome());
            row.put("droppedReason", x.droppedReason());
            return row;
        }).toList();
        List<Map<String, Object>> cycles = r.cycles().stream().map(x -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", x.number());
            row.put("submittedAt", x.submittedAt());
            row.put("submittedBy", x.submittedBy());
            row.put("reports", x.reports());
            row.put("measures", x.measures());
            return row;
        }).toList();
        RegisterData.Cover c = data.cover();
        return new ExcelRegisterWriter.Content(scalars,
                Map.of("closingRisk", risks, "closingMeasure", measures, "cycle", cycles), Map.of(), Map.of(),
                "Informe de cierre del periodo - " + c.entityName() + " - " + c.periodYear(), c.schemeCode(),
                "Informe de cierre del periodo " + c.periodYear());
    }

    static String filename(RegisterData.Cover c, String code, RegisterKind kind) {
        return String.format(Locale.ROOT, "informe-cierre-%s-%d-%s.%s", EntityRegisters.fileAcronym(c),
                c.periodYear(), code.substring(0, 4), kind.extension());
    }
}
