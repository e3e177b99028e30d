package pe.integrity.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pe.integrity.shared.InvalidInputException;

/** The consistency rules of follow-up on their own: status agrees with progress, dates lie near the period. */
class MeasureConsistencyTest {

    @Test
    void notStartedIsZeroImplementedIsAHundredAndInProgressIsBetween() {
        assertThat(MeasureStatus.NOT_STARTED.disagreementWith(0)).isNull();
        assertThat(MeasureStatus.NOT_STARTED.disagreementWith(1)).isEqualTo("followUp.progress.notStarted");
        assertThat(MeasureStatus.IMPLEMENTED.disagreementWith(100)).isNull();
        assertThat(MeasureStatus.IMPLEMENTED.disagreementWith(99)).isEqualTo("followUp.progress.implemented");
        assertThat(MeasureStatus.IN_PROGRESS.disagreementWith(1)).isNull();
        assertThat(MeasureStatus.IN_PROGRESS.disagreementWith(99)).isNull();
        assertThat(MeasureStatus.IN_PROGRESS.disagreementWith(0)).isEqualTo("followUp.progress.inProgress");
        assertThat(MeasureStatus.IN_PROGRESS.disagreementWith(100)).isEqualTo("followUp.progress.inProgress");
    }

    @Test
    void aReportThatDisagreesChangesNothingOnTheMeasure() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        Measure m = new Measure(null);
        MeasureForm f = new MeasureForm();
        f.setStartDate(end.minusMonths(6));
        f.setEndDate(end);
        m.describe(f);
        m.report(MeasureStatus.IN_PROGRESS, 40, end);

        assertThatThrownBy(() -> m.report(MeasureStatus.IMPLEMENTED, 40, end))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("progress"));
        assertThat(m.getStatus()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(m.getProgress()).as("not silently raised to 100").isEqualTo(40);
    }

    @Test
    void datesMayReachFromTheYearBeforeToFiveYearsAfter() {
        assertThat(Measure.datesOutsidePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31), 2025)).isNull();
        assertThat(Measure.datesOutsidePeriod(LocalDate.of(2023, 12, 31), LocalDate.of(2025, 6, 30), 2025))
                .isEqualTo("startDate");
        assertThat(Measure.datesOutsidePeriod(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 1), 2025))
                .isEqualTo("startDate");
        assertThat(Measure.datesOutsidePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2031, 1, 1), 2025))
                .isEqualTo("endDate");
    }
}
