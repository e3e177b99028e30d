package pe.integrity.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the "Avance" sheet's progress cell is read: a whole percentage however a spreadsheet shows it, or nothing. */
class ProgressPercentTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "40|40", "40 %|40", "40%|40", "40,0|40", "40.00|40", "0|0", "100|100", "' 7 '|7",
        "40,5|null", "-1|null", "101|null", "mucho|null", "%|null", "1e2|100", "4O|null"})
    void aCellIsAWholePercentageOrNothing(String cell, Integer expected) {
        assertThat(ProgressPlanner.percent(cell)).isEqualTo(expected);
    }
}
