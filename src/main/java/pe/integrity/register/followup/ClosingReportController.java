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
 * A closed period's closing report, for anyone who may read the assessment: made on the first request, then the
 * same archived file, downloaded from the assessment's register list (which checks the reader again).
 */
@Controller
class ClosingReportController {

    private final ClosingReports reports;

    ClosingReportController(ClosingReports reports) {
        this.reports = reports;
    }

    @GetMapping("/assessments/{id}/closing-report.{format}")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable String format) {
        RegisterKind kind = switch (format) {
            case "pdf" -> RegisterKind.CLOSING_PDF;
            case "xlsx" -> RegisterKind.CLOSING_XLSX;
            default -> throw new NotFoundException("report format", format);
        };
        StoredRegister doc = reports.report(user, id, kind);
        return "redirect:/assessments/" + id + "/registers/" + doc.id();
    }
}
