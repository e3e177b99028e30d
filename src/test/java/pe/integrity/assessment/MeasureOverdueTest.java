package pe.integrity.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The overdue rule of a measure, on its own: no database, no application. */
class MeasureOverdueTest {

    static final LocalDate END = LocalDate.of(2026, 6, 30);

    @Test
    void aMeasureIsOverdueOnlyAfterItsEndDateAndWhileNotImplemented() {
        Measure m = measureEnding(END);
        assertThat(m.overdueOn(END)).as("on its last day").isFalse();
        assertThat(m.overdueOn(END.plusDays(1))).as("the day after, not started").isTrue();

        m.report(MeasureStatus.IN_PROGRESS, 60, END.minusDays(10));
        assertThat(m.overdueOn(END.plusDays(1))).as("in progress").isTrue();

        m.report(MeasureStatus.IMPLEMENTED, 100, END.plusDays(5));
        assertThat(m.overdueOn(END.plusYears(1))).as("implemented, however late").isFalse();
    }

    @Test
    void theFlagFollowsTheRuleOnTheDayItIsSet() {
        Measure m = measureEnding(END);
        assertThat(m.flagIfOverdue(END)).isFalse();
        assertThat(m.isOverdue()).isFalse();
        assertThat(m.flagIfOverdue(END.plusDays(1))).isTrue();
        assertThat(m.isOverdue()).isTrue();
        m.report(MeasureStatus.IMPLEMENTED, 100, END.plusDays(2));
        assertThat(m.isOverdue()).as("a report sets the flag again").isFalse();
    }

    private static Measure measureEnding(LocalDate end) {
        Measure m = new Measure(null);
        MeasureForm f = new MeasureForm();
        f.setStartDate(end.minusMonths(6));
        f.setEndDate(end);
        m.describe(f);
        return m;
    }
}
