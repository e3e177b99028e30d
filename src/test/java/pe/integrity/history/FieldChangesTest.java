package pe.integrity.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a revision changed, as the timeline lists it: the fields that differ, named values shown by their names. */
class FieldChangesTest {

    @Test
    void onlyFieldsThatDifferAreListedInColumnOrderAndLinksBetweenRowsAreLeftOut() {
        Map<String, Object> before = row("R-01", "Posibilidad A", 3, "IDENTIFICATION", false, 11L);
        Map<String, Object> after = row("R-01", "Posibilidad B", 3, "EVALUATION", true, 12L);

        assertThat(EntityHistory.changes(after, before)).containsExactly(
                new FieldChange("statement", "Posibilidad A", "Posibilidad B", null),
                new FieldChange("stage", "IDENTIFICATION", "EVALUATION", "stage."),
                new FieldChange("removed", "false", "true", "history.boolean."));
        assertThat(EntityHistory.changes(after, before).get(1).afterKey()).isEqualTo("stage.EVALUATION");
    }

    @Test
    void aCreationListsEveryFieldGivenAndEmptyTextCountsAsNothing() {
        Map<String, Object> created = row("R-01", "", 3, null, false, 11L);

        assertThat(EntityHistory.changes(created, Map.of())).extracting(FieldChange::field)
                .containsExactly("code", "probability", "removed");
    }

    @Test
    void datesAreShownDayFirstAndInstantsInLimaTime() {
        assertThat(EntityHistory.shown("2026-12-31")).isEqualTo("31/12/2026");
        assertThat(EntityHistory.shown("2026-12-02T17:30:00+00:00")).isEqualTo("02/12/2026 12:30");
        assertThat(EntityHistory.shown("2025-2026: plan bienal")).isEqualTo("2025-2026: plan bienal");
        assertThat(EntityHistory.shortened("x".repeat(300))).hasSize(EntityHistory.LABEL_LENGTH).endsWith("…");
    }

    private static Map<String, Object> row(String code, String statement, int probability, String stage,
            boolean removed, long processId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 5);
        row.put("rev", 9);
        row.put("revtype", 1);
        row.put("process_in_scope_id", processId);
        row.put("code", code);
        row.put("statement", statement);
        row.put("probability", probability);
        row.put("stage", stage);
        row.put("removed", removed);
        return row;
    }
}
