package pe.integrity.history;

import java.util.Map;
import java.util.Set;

/**
 * The audited entities of an assessment, with their audit table and how a row of it finds its assessment. The
 * order number sorts the changes of one revision (the assessment first, a progress report last).
 */
public enum AuditedKind {
    ASSESSMENT(5, "assessment_aud", "c.id = :assessment", null, null),
    PROCESS(4, "process_in_scope_aud", "c.assessment_id = :assessment", null, null),
    ACTIVITY(3, "process_stage_aud",
            "c.process_in_scope_id in (select p.id from process_in_scope_aud p where p.assessment_id = :assessment)",
            "process_in_scope_id", "select p.name from process_in_scope_aud p where p.id = %s order by p.rev desc limit 1"),
    RISK(2, "risk_aud", "c.assessment_id = :assessment", null, null),
    MEASURE(1, "measure_aud",
            "c.risk_id in (select r.id from risk_aud r where r.assessment_id = :assessment)",
            "risk_id", "select r.code from risk_aud r where r.id = %s order by r.rev desc limit 1"),
    REPORT(0, "progress_report_aud", "c.assessment_id = :assessment",
            "measure_id", "select m.description from measure_aud m where m.id = %s order by m.rev desc limit 1");

    /** Columns that only link rows (ids of other rows, the engine's id): not shown as changes. */
    static final Set<String> LINKS = Set.of("id", "rev", "revtype", "entity_id", "assessment_id", "process_in_scope_id",
            "stage_id", "risk_id", "measure_id", "previous_assessment_id", "source_risk_id", "carried_from_id",
            "process_instance_id");

    /** Columns holding a code whose name is a message: column → message key prefix. */
    static final Map<String, String> CODED = Map.of(
            "stage", "stage.",
            "category", "category.",
            "response", "response.",
            "change_status", "changeStatus.",
            "type", "measureType.",
            "status", "measureStatus.");

    final int order;
    final String table;
    /** Condition on an audit row {@code c} of this table: it belongs to assessment {@code :assessment}. */
    final String ofAssessment;
    /** The column naming the row this one belongs to, or null when the label says enough. */
    final String parentColumn;
    /** The parent's name, its latest recorded state, for the parent's id in place of {@code %s}. */
    final String parentName;

    AuditedKind(int order, String table, String ofAssessment, String parentColumn, String parentName) {
        this.order = order;
        this.table = table;
        this.ofAssessment = ofAssessment;
        this.parentColumn = parentColumn;
        this.parentName = parentName;
    }

    static AuditedKind ofOrder(int order) {
        for (AuditedKind k : values()) {
            if (k.order == order) {
                return k;
            }
        }
        throw new IllegalArgumentException("no audited kind " + order);
    }
}
