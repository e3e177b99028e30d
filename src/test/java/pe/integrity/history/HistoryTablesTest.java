package pe.integrity.history;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.integrity.support.IntegrationTest;

/**
 * The audit tables keep up with the tables they record. Hibernate's validation (ddl-auto: validate) already refuses to
 * start when a mapped field has no {@code _aud} column; this also catches a column Liquibase adds to an audited table
 * before any entity maps it, or one whose type differs, and an entity of module assessment left unaudited.
 */
@IntegrationTest
class HistoryTablesTest {

    /** The optimistic lock's counter is not history (Envers leaves it out). */
    static final List<String> NOT_RECORDED = List.of("version");

    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory jpa;

    @Test
    void everyColumnOfAnAuditedTableHasItsAuditColumnOfTheSameType() {
        for (AuditedKind kind : AuditedKind.values()) {
            String table = kind.table.substring(0, kind.table.length() - "_aud".length());
            Map<String, String> columns = recordedColumns(table);
            Map<String, String> audited = columns(kind.table);
            assertThat(columns).as(table).isNotEmpty();
            columns.forEach((column, type) -> {
                if (!NOT_RECORDED.contains(column)) {
                    assertThat(audited).as(kind.table + "." + column).containsEntry(column, type);
                }
            });
            assertThat(audited).containsKeys("rev", "revtype");
        }
    }

    @Test
    void everyEntityOfTheAssessmentModuleIsAuditedAndHasItsKindOnTheTimeline() {
        List<Class<?>> entities = jpa.getMetamodel().getEntities().stream()
                .<Class<?>>map(e -> e.getJavaType())
                .filter(c -> c.getPackageName().equals("pe.integrity.assessment"))
                .toList();
        List<String> tables = entities.stream()
                .filter(c -> c.isAnnotationPresent(Audited.class))
                .map(c -> c.getAnnotation(jakarta.persistence.Table.class).name() + "_aud")
                .toList();
        // the journal (assessment_event) is itself a history: written once, never changed
        assertThat(entities.stream().filter(c -> !c.isAnnotationPresent(Audited.class)).map(Class::getSimpleName))
                .containsExactly("AssessmentEvent");
        assertThat(tables).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(AuditedKind.values()).map(k -> k.table).toList());
    }

    /** A table's columns but those PostgreSQL generates from the others (the search vectors): nobody writes them. */
    private Map<String, String> recordedColumns(String table) {
        return columns(table, " and is_generated = 'NEVER'");
    }

    private Map<String, String> columns(String table) {
        return columns(table, "");
    }

    private Map<String, String> columns(String table, String condition) {
        return jdbc.queryForList("select column_name, data_type, character_maximum_length from information_schema.columns"
                        + " where table_schema = current_schema() and table_name = ?" + condition, table).stream()
                .collect(Collectors.toMap(r -> (String) r.get("column_name"),
                        r -> r.get("data_type") + (r.get("character_maximum_length") == null ? "" : "(" + r.get("character_maximum_length") + ")")));
    }
}
