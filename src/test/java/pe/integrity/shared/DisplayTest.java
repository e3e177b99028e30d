package pe.integrity.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Whatever kind of date a page holds, a person reads it in Lima time, day first. */
class DisplayTest {

    static final Instant LATE_EVENING_IN_LIMA = Instant.parse("2026-03-10T03:30:00Z");

    @Test
    void instantsDatesAndZonedValuesAreShownInLimaTime() {
        assertThat(Display.dateTime(LATE_EVENING_IN_LIMA)).isEqualTo("09/03/2026 22:30");
        assertThat(Display.date(LATE_EVENING_IN_LIMA)).isEqualTo("09/03/2026");
        assertThat(Display.dateTime(Date.from(LATE_EVENING_IN_LIMA))).isEqualTo("09/03/2026 22:30");
        assertThat(Display.dateTime(LATE_EVENING_IN_LIMA.atZone(ZoneOffset.UTC))).isEqualTo("09/03/2026 22:30");
        assertThat(Display.dateTime(LATE_EVENING_IN_LIMA.atOffset(ZoneOffset.UTC))).isEqualTo("09/03/2026 22:30");
    }

    @Test
    void localValuesAreShownAsTheyAre() {
        assertThat(Display.date(LocalDate.of(2026, 12, 31))).isEqualTo("31/12/2026");
        assertThat(Display.dateTime(LocalDateTime.of(2026, 12, 1, 9, 5))).isEqualTo("01/12/2026 09:05");
        assertThat(Display.date(null)).isEmpty();
    }

    @Test
    void somethingElseIsAProgrammingError() {
        assertThatThrownBy(() -> Display.date("2026-01-01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatWasPrintedComesBackAsTheSameValueAndOtherTextStaysText() {
        assertThat(Display.parse(Display.date(LocalDate.of(2026, 12, 31)))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Display.parse("01/12/2026 09:05")).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 5));
        assertThat(Display.parse("31/02/2026x")).isEqualTo("31/02/2026x");
        assertThat(Display.parse(null)).isEqualTo("");
    }
}
