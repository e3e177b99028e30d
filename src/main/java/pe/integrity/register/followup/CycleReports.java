package pe.integrity.register.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import pe.integrity.assessment.FollowUpCycle;
import pe.integrity.assessment.FollowUpReporting;
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
 * The report of a submitted follow-up cycle, as PDF and Excel from {@code templates/informe-seguimiento.*},
 * archived and verifiable at /verificar like the registers. A submitted cycle's reports never change, so each
 * cycle has one report of each kind: made by the system the first time anyone who may read the assessment asks
 * for it, and the same archived file ever after (a unique index settles two first requests at once).
 */
@Service
public class CycleReports {

    static final String TEMPLATE = "informe-seguimiento";

    private final FollowUpReporting followUp;
    private final RegisterAssembler assembler;
    private final RegisterArchive archive;
    private final ReportDocuments documents;

    CycleReports(FollowUpReporting followUp, RegisterAssembler assembler, RegisterArchive archive,
            ReportDocuments documents) {
        this.followUp = followUp;
        this.assembler = assembler;
        this.archive = archive;
        this.documents = documents;
    }

    /**
     * The report of cycle {@code number} of the assessment, read with the user's rights (403 for another entity's
     * people); not found while the cycle is open or for a cycle that does not exist.
     */
    public StoredRegister report(CurrentUser user, Long assessmentId, int number, RegisterKind kind) {
        if (!kind.followUp()) {
            throw new IllegalArgumentException(kind + " is not a follow-up report");
        }
        FollowUpCycle cycle = followUp.cycles(user, assessmentId).stream()
                .filter(c -> c.number() == number && c.submitted())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("follow-up cycle", (long) number));
        return MadeOnce.get(() -> archive.followUpReport(assessmentId, kind, number), () -> {
            RegisterData data = assembler.assemble(user, assessmentId);
            CycleReport report = CycleReport.of(cycle, data);
            RegisterData.Cover c = data.cover();
            return documents.make(data, kind, new ReportDocuments.Report(TEMPLATE, report,
                    (d, stamp) -> content(d, report, stamp), code -> filename(c, number, code, kind),
                    "Informe de seguimiento, ciclo " + number + " · " + c.entityName() + " · " + c.periodYear(), number));
        });
    }

    /** The register's cover fields, the cycle's, and one table of the cycle's reports. */
    static ExcelRegisterWriter.Content content(RegisterData data, CycleReport r, Stamp stamp) {
        Map<String, String> scalars = new LinkedHashMap<>(WorkbookFields.scalars(data, stamp));
        scalars.put("doc.kind", "Informe de seguimiento del ciclo " + r.number());
        scalars.put("cycle.number", String.valueOf(r.number()));
        scalars.put("cycle.submittedAt", r.submittedAt());
        scalars.put("cycle.submittedBy", r.submittedBy());
        scalars.put("cycle.summary", r.summary());
        List<Map<String, Object>> rows = r.reports().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cycle", r.number());
            row.put("date", RegisterText.dateValue(p.date()));
            row.put("measureCode", p.measureCode());
            row.put("riskCode", p.riskCode());
            row.put("measureDescription", p.measureDescription());
            row.put("reporter", p.reporter());
            row.put("status", p.status());
            row.put("progress", p.progress());
            row.put("comment", p.comment());
            row.put("evidence", p.evidence());
            return row;
        }).toList();
        RegisterData.Cover c = data.cover();
        return new ExcelRegisterWriter.Content(scalars, Map.of("report", rows), Map.of(), Map.of(),
                "Informe de seguimiento, ciclo " + r.number() + " - " + c.entityName() + " - " + c.periodYear(),
                c.schemeCode(), "Informe de seguimiento del ciclo " + r.number());
    }

    static String filename(RegisterData.Cover c, int cycle, String code, RegisterKind kind) {
        return String.format(Locale.ROOT, "informe-seguimiento-%s-%d-ciclo-%d-%s.%s", EntityRegisters.fileAcronym(c),
                c.periodYear(), cycle,
                code.substring(0, 4), kind.extension());
    }
}
