package pe.integrity.api;

import java.time.LocalDate;
import java.util.List;
import pe.integrity.assessment.Assessment;
import pe.integrity.assessment.Measure;
import pe.integrity.assessment.Risk;

/** What the API returns: plain records, built inside the read's transaction, never the JPA entities. */
final class ApiViews {

    private ApiViews() {}

    record AssessmentJson(Long id, Long entityId, int periodYear, String stage, String schemeCode,
            int submissionRound, long version) {
        static AssessmentJson of(Assessment a) {
            return new AssessmentJson(a.getId(), a.getEntityId(), a.getPeriodYear(), a.getStage().name(),
                    a.getSchemeCode(), a.getSubmissionRound(), a.getVersion());
        }
    }

    record RiskJson(Long id, String code, String process, String statement, String category, String inherentLevel,
            String residualLevel, boolean removed) {
        static RiskJson of(Risk r) {
            return new RiskJson(r.getId(), r.getCode(), r.getProcess().getName(), r.getStatement(),
                    r.getCategory() == null ? null : r.getCategory().name(), r.getInherentLevel(), r.getResidualLevel(),
                    r.isRemoved());
        }
    }

    record MeasureJson(Long id, String code, String riskCode, String description, String status, int progress,
            boolean overdue, LocalDate startDate, LocalDate endDate, String responsibleUnit) {
        static MeasureJson of(Measure m) {
            return new MeasureJson(m.getId(), m.getCode(), m.getRisk().getCode(), m.getDescription(),
                    m.getStatus().name(), m.getProgress(), m.isOverdue(), m.getStartDate(), m.getEndDate(),
                    m.getResponsibleUnit());
        }
    }

    /** One page of a collection: its items, the page asked for and how many there are in all. */
    record Page<T>(List<T> items, int page, int size, long total) {
        static <T> Page<T> of(List<T> all, int page, int size) {
            int from = Math.min(all.size(), page * size);
            return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
        }
    }
}
