package pe.integrity.assessment;

import java.time.LocalDate;

/** A measure in follow-up as its responsible person sees it under "Mis medidas", read inside the transaction. */
public record AnsweredMeasure(Long assessmentId, int periodYear, Long measureId, String code, String description,
        LocalDate endDate, MeasureStatus status, int progress, boolean overdue, boolean dueSoon,
        String responsibleUsername, String responsiblePerson) {

    static AnsweredMeasure of(Measure m, LocalDate today) {
        Assessment a = m.getRisk().getAssessment();
        return new AnsweredMeasure(a.getId(), a.getPeriodYear(), m.getId(), m.getCode(), m.getDescription(),
                m.getEndDate(), m.getStatus(), m.getProgress(), m.overdueOn(today), m.dueSoonOn(today),
                m.getResponsibleUsername(), m.getResponsiblePerson());
    }
}
