package pe.integrity.register.followup;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.shared.NotFoundException;

/**
 * A submitted cycle's report, for anyone who may read the assessment: made on the first request, then the same
 * archived file, downloaded from the assessment's register list (which checks the reader again).
 */
@Controller
class CycleReportController {

    private final CycleReports reports;

    CycleReportController(CycleReports reports) {
        this.reports = reports;
    }

    @GetMapping("/assessments/{id}/follow-up/cycles/{cycle}/report.{format}")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable int cycle,
            @PathVariable String format) {
        RegisterKind kind = switch (format) {
            case "pdf" -> RegisterKind.FOLLOW_UP_PDF;
            case "xlsx" -> RegisterKind.FOLLOW_UP_XLSX;
            default -> throw new NotFoundException("report format", format);
        };
        StoredRegister doc = reports.report(user, id, cycle, kind);
        return "redirect:/assessments/" + id + "/registers/" + doc.id();
    }
}
