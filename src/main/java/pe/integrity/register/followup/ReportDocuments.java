package pe.integrity.register.followup;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.Stamp;
import pe.integrity.register.archive.StoredRegister;
import pe.integrity.register.entity.EntityRegisters;
import pe.integrity.register.entity.ExcelRegisterWriter;
import pe.integrity.register.entity.PdfRegisterWriter;
import pe.integrity.register.entity.RegisterData;
import pe.integrity.shared.SystemActor;

/**
 * Writes a report of an assessment (a cycle's, the period's closing) from its templates in {@code templates/} and
 * archives it as the system: the PDF from {@code <name>.xhtml} with {@code d} (the register's data), {@code r} (the
 * report) and {@code s} (the stamp); the workbook from {@code <name>.xlsx} with the content the report gives.
 */
@Component
class ReportDocuments {

    private final EntityRegisters registers;
    private final PdfRegisterWriter pdf;
    private final ExcelRegisterWriter excel;

    ReportDocuments(EntityRegisters registers, PdfRegisterWriter pdf, ExcelRegisterWriter excel) {
        this.registers = registers;
        this.pdf = pdf;
        this.excel = excel;
    }

    /** What one report needs: its template name, its data, and how it becomes a workbook, a file name and a line. */
    record Report(String template, Object report, BiFunction<RegisterData, Stamp, ExcelRegisterWriter.Content> workbook,
            Function<String, String> filename, String description, Integer followUpCycle) {}

    StoredRegister make(RegisterData data, RegisterKind kind, Report r) {
        return registers.generate(data, kind, false, SystemActor.USERNAME, EntityRegisters.SYSTEM_NAME,
                (d, stamp, out) -> {
                    if (kind.extension().equals("pdf")) {
                        pdf.write(r.template(), Map.of("d", d, "r", r.report(), "s", stamp), out);
                    } else {
                        excel.fill(PdfRegisterWriter.TEMPLATES + r.template() + ".xlsx", r.workbook().apply(d, stamp),
                                stamp, out);
                    }
                }, r.filename(), r.description(), r.followUpCycle());
    }
}
